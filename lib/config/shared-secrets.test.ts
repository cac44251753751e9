import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { encode, decode } from 'next-auth/jwt';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { as, directCheck } from '@/lib/passages/test-helpers';
import { forgetSecrets, getSecret } from './secrets';
import { loadSharedSecrets } from './shared-secrets';
import { spawnScript } from '@/lib/testing/spawn-script';
import { databaseUrl } from '@/lib/testing/db';

const { db } = useTestDatabase();
const dirs: string[] = [];
const savedDataDir = process.env.DATA_DIR;
afterAll(() => {
  process.env.DATA_DIR = savedDataDir;
  forgetSecrets();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** What a fresh server process with its own DATA_DIR would run: fresh modules, nothing cached. */
async function startProcess(shared: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-secrets-'));
  dirs.push(dir);
  process.env.DATA_DIR = dir;
  forgetSecrets();
  vi.resetModules();
  if (shared) await loadSharedSecrets(db()); // what db/bootstrap does on PostgreSQL
  const { ingestChecks } = await import('@/lib/passages/ingest');
  const { hashPhone } = await import('@/lib/passages/personal-data');
  const { authOptions } = await import('@/lib/auth/options');
  // Read now, as this process would: a later startProcess changes DATA_DIR for the whole test.
  return { ingestChecks, phoneHash: hashPhone('0905111222'), sessionSecret: authOptions().secret! };
}

describe('two processes on one database with different DATA_DIR', () => {
  it('share the generated secrets: a retry is a duplicate, a session cookie is accepted, phone hashes match', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const check = directCheck(cp.id, { citizen: { name: 'Trần Thị B', birthYear: 1990, phone: '0905 111 222' } });

    const a = await startProcess(true);
    const [stored] = await a.ingestChecks([check], as(officer));
    const cookie = await encode({ token: { sub: officer.id, name: officer.fullName, role: officer.role, ver: 0, sid: 'test-session' }, secret: a.sessionSecret });

    const b = await startProcess(true);
    expect(stored.status).toBe('stored');
    expect((await b.ingestChecks([check], as(officer)))[0].status).toBe('duplicate');
    expect((await decode({ token: cookie, secret: b.sessionSecret }))?.sub).toBe(officer.id);
    expect(b.phoneHash).toBe(a.phoneHash);
  });

  it('keep them: a restart reads the same values, and the folder is not used', async () => {
    await startProcess(true);
    const first = getSecret('POSTER_HMAC_KEY');
    const again = await startProcess(true);
    expect(getSecret('POSTER_HMAC_KEY')).toBe(first);
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, 'secrets'))).toBe(false);
    expect(again.phoneHash).toHaveLength(64);
  });

  it('without the shared table, two folders disagree (the failure this prevents)', async () => {
    const a = await startProcess(false);
    const b = await startProcess(false);
    expect(b.phoneHash).not.toBe(a.phoneHash);
  });

  // The same with two real OS processes. PostgreSQL only: there is no second process on a PGlite
  // folder (db/folder-lock.test.ts proves it is refused), so on PGlite the case does not exist.
  if (process.env.DATABASE_URL) it("two real processes with their own DATA_DIR: the second finds the first process's check a duplicate and accepts its cookie", async () => {
    const cp = await makeCheckpoint('534');
    const officer = await makeActor('officer', { checkpointIds: [cp.id], districtCode: '534' });
    const check = JSON.stringify(directCheck(cp.id, { citizen: { name: 'Lê Văn C', birthYear: 1985, phone: '0905 111 222' } }));
    const run = async (cookie?: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-secrets-proc-'));
      dirs.push(dir);
      const child = spawnScript('lib/testing/secret-process.ts', { DATABASE_URL: databaseUrl(), DATA_DIR: dir }, [check, JSON.stringify(officer), ...(cookie ? [cookie] : [])]);
      const [, json] = await child.waitFor(/result (.+)/);
      expect(await child.exited, child.stderr()).toBe(0);
      return JSON.parse(json) as { status: string; cookie: string; decoded: string | null; phoneHash: string };
    };
    const a = await run();
    const b = await run(a.cookie);
    expect(a.status).toBe('stored');
    expect(b.status).toBe('duplicate');
    expect(b.decoded).toBe(officer.id);
    expect(b.phoneHash).toBe(a.phoneHash);
  }, 120_000);
});
