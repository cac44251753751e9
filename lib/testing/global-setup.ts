import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '@/db/migrate';
import { seedReferenceData } from '@/db/reference-data';
import { adminUrl, databaseUrlWithName } from './pg-urls';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string;
  }
}

/**
 * Migrates one template database for the whole run; each test file then starts from a copy:
 * a dumped PGlite data dir (about half a second to load) or `CREATE DATABASE … TEMPLATE`.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) return setupPostgres(project, url);
  return setupPglite(project);
}

async function setupPglite(project: TestProject) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create();
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  await seedReferenceData(db as never);
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  const file = path.join(os.tmpdir(), `qn-pglite-template-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplateDb', '');
  return () => fs.rmSync(file, { force: true });
}

async function setupPostgres(project: TestProject, url: string) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const name = `qn_tpl_${process.pid}`;
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const client = postgres(databaseUrlWithName(url, name), { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  await seedReferenceData(db as never);
  await client.end();
  project.provide('pgliteTemplate', '');
  project.provide('pgTemplateDb', name);
  return async () => {
    const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`qn_t_${process.pid}_%`} or datname = ${name}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
