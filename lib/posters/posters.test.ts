import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, checkpoints, posterVersions } from '@/db/schema';
import { getSecret } from '@/lib/config/secrets';
import { resolveManualCode, resolvePosterToken } from './resolve';
import { rotatePoster } from './rotate';
import { signPosterToken } from './token';
import { posterTokenFor } from './url';

const { db } = useTestDatabase();

describe('rotatePoster allow/deny', () => {
  it.each([
    ['admin', '534', 'allowed'],
    ['police', '534', 'allowed'],
    ['district', '524', 'allowed'],
    ['district', '534', 'not_found'],
    ['viewer', '524', 'forbidden'],
    ['officer', '524', 'forbidden'],
  ] as const)('%s rotating a checkpoint of district %s is %s', async (role, district, expected) => {
    const checkpoint = await makeCheckpoint(district);
    const actor = await makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined, checkpointIds: role === 'officer' ? [checkpoint.id] : [] });
    expect(await outcomeOf(() => rotatePoster(actor, checkpoint.id))).toBe(expected);
    const versions = await db().select().from(posterVersions).where(eq(posterVersions.checkpointId, checkpoint.id));
    expect(versions).toHaveLength(expected === 'allowed' ? 1 : 0);
  });

  it('refuses signed-out callers and unknown ids', async () => {
    const checkpoint = await makeCheckpoint('524');
    const admin = await makeActor('admin');
    expect(await outcomeOf(() => rotatePoster(null, checkpoint.id))).toBe('unauthenticated');
    expect(await outcomeOf(() => rotatePoster(admin, 'not-a-uuid'))).toBe('not_found');
  });

  it('refuses a closed checkpoint and writes nothing', async () => {
    const checkpoint = await makeCheckpoint('524', { status: 'closed' });
    const admin = await makeActor('admin');
    expect(await outcomeOf(() => rotatePoster(admin, checkpoint.id))).toBe('invalid');
    expect(await db().select().from(posterVersions).where(eq(posterVersions.checkpointId, checkpoint.id))).toHaveLength(0);
  });
});

describe('token and code resolution across rotation', () => {
  it('resolves the current token and code, refuses the old ones as revoked at once', async () => {
    const admin = await makeActor('admin');
    const checkpoint = await makeCheckpoint('536', { name: 'Chốt cảng Lý Sơn thử' });
    const first = await rotatePoster(admin, checkpoint.id);
    expect(first).toMatchObject({ version: 1, revokedVersion: null });
    const firstToken = posterTokenFor(checkpoint.number, 1);

    const byToken = await resolvePosterToken(firstToken);
    expect(byToken).toEqual({
      ok: true, version: 1,
      checkpoint: { id: checkpoint.id, number: checkpoint.number, name: 'Chốt cảng Lý Sơn thử', kind: 'fixed', districtCode: '536', communeCode: null, status: 'active' },
    });
    expect(await resolveManualCode(first.manualCode.toLowerCase())).toEqual(byToken);

    const second = await rotatePoster(admin, checkpoint.id);
    expect(second).toMatchObject({ version: 2, revokedVersion: 1 });
    expect(second.manualCode).not.toBe(first.manualCode);
    expect(await resolvePosterToken(firstToken)).toEqual({ ok: false, reason: 'revoked' });
    expect(await resolveManualCode(first.manualCode)).toEqual({ ok: false, reason: 'revoked' });
    expect(await resolvePosterToken(posterTokenFor(checkpoint.number, 2))).toMatchObject({ ok: true, version: 2 });
    expect(await resolveManualCode(second.manualCode)).toMatchObject({ ok: true, version: 2 });

    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, checkpoint.id));
    expect(row.posterVersion).toBe(2);
  });

  it('tells forged, unknown and malformed apart', async () => {
    const checkpoint = await makeCheckpoint('524');
    await rotatePoster(await makeActor('admin'), checkpoint.id);
    expect(await resolvePosterToken(signPosterToken('not-our-key', checkpoint.number, 1))).toEqual({ ok: false, reason: 'forged' });
    // Correctly signed, but never issued: a version ahead of the current one, or no such checkpoint.
    expect(await resolvePosterToken(signPosterToken(getSecret('POSTER_HMAC_KEY'), checkpoint.number, 7))).toEqual({ ok: false, reason: 'unknown' });
    expect(await resolvePosterToken(signPosterToken(getSecret('POSTER_HMAC_KEY'), 9_999_999, 1))).toEqual({ ok: false, reason: 'unknown' });
    expect(await resolvePosterToken('xyz')).toEqual({ ok: false, reason: 'malformed' });
    expect(await resolveManualCode('ZZZZZZ')).toEqual({ ok: false, reason: 'unknown' });
    expect(await resolveManualCode('12345')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('shows a paused checkpoint with its status, so the landing can refuse check-ins', async () => {
    const checkpoint = await makeCheckpoint('524', { status: 'paused' });
    await rotatePoster(await makeActor('police'), checkpoint.id);
    expect(await resolvePosterToken(posterTokenFor(checkpoint.number, 1))).toMatchObject({ ok: true, checkpoint: { status: 'paused' } });
  });

  it('audits the first issue and each rotation with who and which version', async () => {
    const district = await makeActor('district', { districtCode: '524' });
    const checkpoint = await makeCheckpoint('524');
    await rotatePoster(district, checkpoint.id);
    await rotatePoster(district, checkpoint.id);
    const entries = await db().select().from(auditLogs).where(eq(auditLogs.entityId, checkpoint.id)).orderBy(auditLogs.id);
    expect(entries.map((e) => [e.action, e.actorId, (e.before as { posterVersion: number }).posterVersion, (e.after as { posterVersion: number }).posterVersion]))
      .toEqual([['poster.create', district.id, 0, 1], ['poster.rotate', district.id, 1, 2]]);
  });
});

describe('rotation guards', () => {
  it('refuses a rotation made from a stale page, so one click never rotates twice', async () => {
    const admin = await makeActor('admin');
    const checkpoint = await makeCheckpoint('524');
    await rotatePoster(admin, checkpoint.id, 0);
    expect(await outcomeOf(() => rotatePoster(admin, checkpoint.id, 0))).toBe('invalid');
    expect(await db().select().from(posterVersions).where(eq(posterVersions.checkpointId, checkpoint.id))).toHaveLength(1);
  });
});
