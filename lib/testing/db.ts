import fs from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDatabase, getDb, type Db } from '@/db';
import { forgetDatabase, openDatabase } from '@/db/bootstrap';
import { adminUrl, databaseUrlWithName } from './pg-urls';

let dropDatabase: (() => Promise<void>) | undefined;
let openedUrl: string | undefined;

/** On PostgreSQL, the connection string of this test file's database (for a child process). */
export const databaseUrl = () => openedUrl;

/**
 * Gives the calling test file a database of its own, copied from the run's migrated template:
 * PGlite by default, PostgreSQL when DATABASE_URL is set (as CI does in its second pass).
 */
export function useTestDatabase(): { db: () => Db } {
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { default: postgres } = await import('postgres');
      const name = `qn_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name} template ${inject('pgTemplateDb')}`);
      await admin.end();
      openedUrl = databaseUrlWithName(url, name);
      await openDatabase({ url: openedUrl });
      dropDatabase = async () => {
        const again = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
        await again.unsafe(`drop database if exists ${name} with (force)`);
        await again.end();
      };
    } else {
      const template = fs.readFileSync(inject('pgliteTemplate'));
      await openDatabase({ loadDataDir: new Blob([template]) });
    }
  });
  afterAll(async () => {
    await closeDatabase();
    forgetDatabase();
    await dropDatabase?.();
  });
  return { db: getDb };
}
