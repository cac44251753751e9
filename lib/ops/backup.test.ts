import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { closeDatabase, getDb } from '@/db';
import { forgetDatabase, openDatabase } from '@/db/bootstrap';
import { eq } from 'drizzle-orm';
import { materials } from '@/db/schema';
import { forgetSecrets } from '@/lib/config/secrets';
import { getStorage } from '@/lib/storage';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { makeLetter, makeMaterial } from '@/lib/testing/comms';
import { fileOf, pdfBytes } from '@/lib/testing/files';
import { adminUrl, databaseUrlWithName } from '@/lib/testing/pg-urls';
import { spawnScript } from '@/lib/testing/spawn-script';
import { aggregateMismatches, rowsOf } from '@/lib/passages/aggregate-check';
import { ingestChecks } from '@/lib/passages/ingest';
import { voidPassage } from '@/lib/passages/void';
import { as, citizenCheck, directCheck, makePosterToken } from '@/lib/passages/test-helpers';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { sendLetter } from '@/lib/letters/send';
import { sendLetterSchema } from '@/lib/letters/schema';
import { findReceiptFile, openReceipt } from '@/lib/letters/receipt';

// The whole operator path, through the real commands: data in → `db:backup` → data lost or
// diverged → `db:restore` → everything as it was at the backup. PGlite restores into its own
// folder (after a refusal while a "server" holds it); PostgreSQL into a fresh, empty database.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-backup-test-'));
const env = { DATA_DIR: path.join(root, 'data'), PGLITE_DIR: path.join(root, 'data', 'pglite'), UPLOADS_DIR: path.join(root, 'data', 'uploads') };
Object.assign(process.env, env);
const pgUrl = process.env.DATABASE_URL;
const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const sourceUrl = pgUrl && databaseUrlWithName(pgUrl, `qn_t_${suffix}_src`);
const restoredUrl = pgUrl && databaseUrlWithName(pgUrl, `qn_t_${suffix}_restored`);
const archive = path.join(root, 'sao-luu.tar.gz');

async function admin<T>(work: (sql: import('postgres').Sql) => Promise<T>): Promise<T> {
  const { default: postgres } = await import('postgres');
  const client = postgres(adminUrl(pgUrl!), { max: 1, onnotice: () => {} });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function open(url?: string) {
  forgetSecrets();
  await openDatabase(url ? { url } : { pgliteDir: env.PGLITE_DIR });
}

async function close() {
  await closeDatabase();
  forgetDatabase();
}

beforeAll(async () => {
  if (pgUrl) await admin((s) => s.unsafe(`create database ${new URL(sourceUrl!).pathname.slice(1)} template ${inject('pgTemplateDb')}`));
  await open(sourceUrl);
});

afterAll(async () => {
  await close();
  if (pgUrl) {
    for (const url of [sourceUrl!, restoredUrl!]) await admin((s) => s.unsafe(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`));
  }
  forgetSecrets();
  fs.rmSync(root, { recursive: true, force: true });
});

const TABLES = ['passages', 'passage_daily_stats', 'passage_hourly_stats', 'stats_checkpoint_daily', 'materials', 'letter_receipts', 'poster_versions', 'users', 'checkpoints', 'audit_logs'];

async function snapshot() {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ n }] = rowsOf<{ n: number }>(await getDb().execute(sql.raw(`select count(*)::int as n from ${table}`)));
    counts[table] = n;
  }
  const [totals] = rowsOf<{ total: number; valid: number }>(
    await getDb().execute(sql`select coalesce(sum(total), 0)::int as total, coalesce(sum(valid), 0)::int as valid from stats_checkpoint_daily`),
  );
  const live = rowsOf<{ n: number }>(await getDb().execute(sql`select count(*)::int as n from passages where voided_at is null`))[0].n;
  return { counts, totals, live };
}

async function bytesOf(key: string): Promise<Buffer> {
  return Buffer.from(await new Response(await getStorage().read(key)).arrayBuffer());
}

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('db:backup → db:restore', () => {
  it('brings back passages, aggregates, material files, poster tokens and receipt links exactly', async () => {
    const adminActor = await makeActor('admin');
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const posterToken = await makePosterToken(cp.id);
    const checks = [
      ...Array.from({ length: 150 }, (_, i) => citizenCheck(posterToken, { deviceId: `device-${String(i).padStart(4, '0')}` })),
      ...Array.from({ length: 150 }, (_, i) => directCheck(cp.id, { doses: i % 3, lastDoseOn: i % 3 ? '2021-08-01' : undefined })),
    ];
    const stored = [];
    for (let i = 0; i < checks.length; i += 100) stored.push(...(await ingestChecks(checks.slice(i, i + 100), as(officer))));
    expect(stored.every((o) => o.status === 'stored')).toBe(true);
    for (const o of stored.slice(0, 5)) if (o.status === 'stored') await voidPassage(officer, o.passage.id);

    const guideBytes = pdfBytes('Huong dan sao luu');
    await makeMaterial(adminActor, { file: fileOf(guideBytes, 'Hướng dẫn.pdf', 'application/pdf') });
    const letter = await makeLetter(adminActor);
    const [link] = await sendLetter(adminActor, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: ['police:cong-an-tinh'] }));
    const receiptToken = link.url.split('/van-ban/')[1];

    const files = await getDb().select({ key: materials.fileKey }).from(materials);
    const fileHashes = new Map<string, string>();
    for (const { key } of files) if (key) fileHashes.set(key, sha(await bytesOf(key)));
    expect(fileHashes.size).toBeGreaterThanOrEqual(2);
    expect([...fileHashes.values()]).toContain(sha(guideBytes));
    const before = await snapshot();
    expect(before.counts.passages).toBe(300);
    expect(before.live).toBe(295);
    expect(await aggregateMismatches(getDb())).toEqual([]);
    if (!pgUrl) await close(); // a PGlite folder is backed up with its server stopped

    let started = performance.now();
    const backup = spawnScript('scripts/db-backup.ts', { ...env, DATABASE_URL: sourceUrl ?? '' }, [archive]);
    expect(await backup.exited, backup.stderr()).toBe(0);
    const backupMs = performance.now() - started;
    expect(backup.stdout()).toContain(`Đã sao lưu (${pgUrl ? 'postgres' : 'pglite'}) vào ${archive}`);

    // What a disaster leaves: uploads and generated secrets gone; on PGlite, later writes too.
    fs.rmSync(env.UPLOADS_DIR, { recursive: true, force: true });
    fs.rmSync(path.join(env.DATA_DIR, 'secrets'), { recursive: true, force: true });
    let target = '';
    if (pgUrl) {
      const refused = spawnScript('scripts/db-restore.ts', { ...env, DATABASE_URL: sourceUrl }, [archive]);
      expect(await refused.exited).toBe(1);
      expect(refused.stderr()).toContain('chỉ khôi phục vào một CSDL trống');
      target = restoredUrl!;
      await admin((s) => s.unsafe(`create database ${new URL(target).pathname.slice(1)} template template0`));
      await close();
    } else {
      await open();
      await ingestChecks([directCheck(cp.id)], as(officer)); // after the backup: not in it
      await close();
      const holder = spawnScript('lib/testing/pglite-holder.ts', env);
      await holder.waitFor(/ready/);
      const refused = spawnScript('scripts/db-restore.ts', env, [archive]);
      expect(await refused.exited).toBe(1);
      expect(refused.stderr()).toContain(`Không khôi phục: Thư mục CSDL nhúng ${env.PGLITE_DIR} đang được dùng bởi tiến trình ${holder.child.pid}`);
      holder.child.kill('SIGTERM');
      expect(await holder.exited).toBe(0);
    }

    started = performance.now();
    const restore = spawnScript('scripts/db-restore.ts', { ...env, DATABASE_URL: target }, [archive]);
    expect(await restore.exited, restore.stderr()).toBe(0);
    const restoreMs = performance.now() - started;
    console.log(
      `[backup] ${pgUrl ? 'PostgreSQL' : 'PGlite'}: archive ${(fs.statSync(archive).size / 1024).toFixed(0)} KiB, ` +
        `db:backup ${backupMs.toFixed(0)} ms, db:restore ${restoreMs.toFixed(0)} ms (each including tsx start-up)`,
    );

    await open(target || undefined);
    expect(await snapshot()).toEqual(before);
    expect(await aggregateMismatches(getDb())).toEqual([]);
    for (const [key, hash] of fileHashes) expect(sha(await bytesOf(key))).toBe(hash);
    expect(await resolvePosterToken(posterToken)).toMatchObject({ ok: true, checkpoint: { id: cp.id } });
    expect((await openReceipt(receiptToken)).letter.materialId).toBe(letter.id);
    const [letterRow] = await getDb().select({ key: materials.fileKey }).from(materials).where(eq(materials.id, letter.id));
    expect(sha(await bytesOf((await findReceiptFile(receiptToken)).key))).toBe(fileHashes.get(letterRow.key!));
    // A retry of an acknowledged check is still a duplicate: the idempotency keys came back too.
    const [retry] = await ingestChecks([checks[0]], as(officer));
    expect(retry.status).toBe('duplicate');
  }, 240_000);
});
