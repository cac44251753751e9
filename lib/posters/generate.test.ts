import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, checkpoints, posterVersions } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import { generateCheckpointPoster } from './generate';
import { generatePosterBatch } from './batch';
import { issueMissingPosters } from './issue-missing';
import { summarizePosterBatch } from './batch-summary';
import { rotatePoster } from './rotate';

const { db } = useTestDatabase();

const actorFor = (role: Role) => makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });

async function checkpointWithPoster(district: string, overrides = {}) {
  const cp = await makeCheckpoint(district, overrides);
  await rotatePoster(await actorFor('admin'), cp.id);
  return cp;
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

const TABLE: [Role, string, string][] = [
  ['admin', '534', 'allowed'], ['police', '534', 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'not_found'],
  ['viewer', '524', 'forbidden'], ['officer', '524', 'forbidden'],
];

describe('single poster', () => {
  it.each(TABLE)('%s generating the poster of a checkpoint in %s', async (role, district, expected) => {
    const cp = await checkpointWithPoster(district);
    const actor = await actorFor(role);
    expect(await outcomeOf(() => generateCheckpointPoster(actor, cp.id, 'A4'))).toBe(expected);
  });

  it('is a PDF of the chosen size; regenerating keeps the version and audits each generation', async () => {
    const district = await actorFor('district');
    const cp = await checkpointWithPoster('524', { name: 'Chốt In Lại Thử' });
    const a4 = await generateCheckpointPoster(district, cp.id, 'A4');
    const a5 = await generateCheckpointPoster(district, cp.id, 'A5');
    const a3 = await generateCheckpointPoster(district, cp.id, 'A3');
    expect(a4.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a4.pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(a5.pdf.toString('latin1')).toContain('/MediaBox [0 0 419.53 595.28]');
    expect(a3.pdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 1190.55]');
    expect(a4.fileName).toBe('Áp phích Chốt In Lại Thử - phiên bản 1 - A4.pdf');
    expect([a4.version, a5.version, a3.version]).toEqual([1, 1, 1]);
    const versions = await db().select().from(posterVersions).where(eq(posterVersions.checkpointId, cp.id));
    expect(versions).toHaveLength(1);
    const audits = await db().select().from(auditLogs).where(eq(auditLogs.entityId, cp.id));
    const generations = audits.filter((a) => a.action === 'poster.generate');
    expect(generations.map((a) => [a.actorId, (a.after as { posterVersion: number; size: string }).size])).toEqual([
      [district.id, 'A4'], [district.id, 'A5'], [district.id, 'A3'],
    ]);
  });

  it('refuses a checkpoint without a location QR, or a closed one', async () => {
    const admin = await actorFor('admin');
    const bare = await makeCheckpoint('524');
    expect(await outcomeOf(() => generateCheckpointPoster(admin, bare.id, 'A4'))).toBe('invalid');
    const closed = await checkpointWithPoster('524');
    await db().update(checkpoints).set({ status: 'closed' }).where(eq(checkpoints.id, closed.id));
    expect(await outcomeOf(() => generateCheckpointPoster(admin, closed.id, 'A4'))).toBe('invalid');
  });
});

describe('batch of posters', () => {
  it.each([
    ['admin', '534', 'allowed'], ['police', undefined, 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'forbidden'],
    ['viewer', undefined, 'forbidden'], ['officer', '524', 'forbidden'],
  ] as [Role, string | undefined, string][])('%s generating the batch of %s', async (role, district, expected) => {
    await checkpointWithPoster(district ?? '522');
    const actor = await actorFor(role);
    expect(await outcomeOf(() => generatePosterBatch(actor, { districtCode: district, size: 'A4', format: 'pdf' }))).toBe(expected);
  });

  it('one multi-page PDF holds exactly the active checkpoints with a QR of the district', async () => {
    const admin = await actorFor('admin');
    await checkpointWithPoster('535', { name: 'Lô Ba Tơ Một' });
    await checkpointWithPoster('535', { name: 'Lô Ba Tơ Hai' });
    await checkpointWithPoster('535', { name: 'Lô Ba Tơ Tạm Dừng', status: 'paused' });
    await makeCheckpoint('535', { name: 'Lô Ba Tơ Chưa Có Mã' });
    const batch = await generatePosterBatch(admin, { districtCode: '535', size: 'A5', format: 'pdf' });
    expect(batch.count).toBe(2);
    expect(batch.fileName).toBe('Áp phích Huyện Ba Tơ - A5.pdf');
    expect(pages(await readAll(batch.stream))).toBe(2);
    const [entry] = await db().select().from(auditLogs).where(and(eq(auditLogs.action, 'poster.generate_batch'), eq(auditLogs.actorId, admin.id)));
    expect(entry).toMatchObject({ districtCode: '535' });
    expect((entry.after as { count: number; posters: unknown[] }).posters).toHaveLength(2);
  });

  it('a ZIP holds one PDF per checkpoint, named with number, name and version', async () => {
    const admin = await actorFor('admin');
    const one = await checkpointWithPoster('531', { name: 'Lô Minh Long Một' });
    const two = await checkpointWithPoster('531', { name: 'Lô Minh Long Hai' });
    await rotatePoster(admin, two.id);
    const batch = await generatePosterBatch(admin, { districtCode: '531', size: 'A4', format: 'zip' });
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(await readAll(batch.stream)));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      `${String(one.number).padStart(4, '0')} - Lô Minh Long Một - phiên bản 1.pdf`,
      `${String(two.number).padStart(4, '0')} - Lô Minh Long Hai - phiên bản 2.pdf`,
    ].sort());
    for (const name of names) expect(strFromU8(files[name].subarray(0, 5))).toBe('%PDF-');
  });

  it('a cancelled download ends without an error', async () => {
    const admin = await actorFor('admin');
    for (let i = 0; i < 30; i++) await checkpointWithPoster('529', { name: `Lô Sơn Hà Hủy ${i}` });
    for (const format of ['pdf', 'zip'] as const) {
      const batch = await generatePosterBatch(admin, { districtCode: '529', size: 'A4', format });
      const reader = batch.stream.getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  it('a district user asking for the province gets its own district only', async () => {
    await checkpointWithPoster('534', { name: 'Lô Đức Phổ Ngoài Phạm Vi' });
    await checkpointWithPoster('524', { name: 'Lô Bình Sơn Trong Phạm Vi' });
    const district = await actorFor('district');
    const batch = await generatePosterBatch(district, { size: 'A4', format: 'pdf' });
    expect(batch.fileName).toBe('Áp phích Huyện Bình Sơn - A4.pdf');
    const [entry] = await db().select().from(auditLogs).where(and(eq(auditLogs.action, 'poster.generate_batch'), eq(auditLogs.actorId, district.id)));
    expect(entry.districtCode).toBe('524');
    await readAll(batch.stream);
  });
});

describe('batch summary', () => {
  it.each([
    ['admin', '534', 'allowed'], ['police', undefined, 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'forbidden'],
    ['viewer', undefined, 'forbidden'], ['officer', '524', 'forbidden'],
  ] as [Role, string | undefined, string][])('%s summarising the batch of %s', async (role, district, expected) => {
    const actor = await actorFor(role);
    expect(await outcomeOf(() => summarizePosterBatch(actor, district))).toBe(expected);
  });
});

describe('issuing missing posters', () => {
  it.each([
    ['admin', '533', 'allowed'], ['police', '533', 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'forbidden'],
    ['viewer', '524', 'forbidden'], ['officer', '524', 'forbidden'],
  ] as [Role, string, string][])('%s issuing the missing posters of %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const actor = await actorFor(role);
    expect(await outcomeOf(() => issueMissingPosters(actor, district))).toBe(expected);
    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, cp.id));
    expect(row.posterVersion).toBe(expected === 'allowed' ? 1 : 0);
  });

  it('gives version 1 only to active checkpoints without one and never rotates', async () => {
    const admin = await actorFor('admin');
    const has = await checkpointWithPoster('530');
    const paused = await makeCheckpoint('530', { status: 'paused' });
    await makeCheckpoint('530');
    expect(await summarizePosterBatch(admin, '530')).toMatchObject({ missing: 1 });
    expect(await issueMissingPosters(admin, '530')).toEqual({ issued: 1 });
    expect(await summarizePosterBatch(admin, '530')).toMatchObject({ missing: 0 });
    const rows = await db().select().from(checkpoints).where(eq(checkpoints.districtCode, '530'));
    expect(rows.find((r) => r.id === has.id)?.posterVersion).toBe(1);
    expect(rows.find((r) => r.id === paused.id)?.posterVersion).toBe(0);
  });
});
