import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, checkpoints } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import { rotatePoster } from '@/lib/posters/rotate';
import { createCheckpoint, setCheckpointStatus, updateCheckpoint } from './manage';
import { countReadinessByDistrict, getCheckpoint, getCheckpointForEdit, listCheckpoints } from './queries';
import { checkpointCsvTemplate } from './csv/export';
import { createCheckpointSchema, updateCheckpointSchema } from './schema';

const { db } = useTestDatabase();

const actorFor = (role: Role) => makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });
const input = (districtCode: string, name = `Chốt mới ${Math.random().toString(36).slice(2, 8)}`) =>
  createCheckpointSchema.parse({ kind: 'fixed', name, districtCode, smartphoneCount: '1', hasMobileData: 'on', installedApps: ['bluezone'] });

// Own district (524) and another district (534) for every role.
const TABLE: [Role, string, string][] = [
  ['admin', '534', 'allowed'], ['police', '534', 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'not_found'],
  ['viewer', '524', 'forbidden'], ['officer', '524', 'forbidden'],
];

describe('checkpoint allow/deny per role', () => {
  it.each(TABLE)('%s viewing a checkpoint of %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const viewExpected = role === 'viewer' ? 'allowed' : expected;
    const actor = await actorFor(role);
    expect(await outcomeOf(() => getCheckpoint(actor, cp.id))).toBe(viewExpected);
  });

  it.each(TABLE)('%s editing a checkpoint of %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const actor = await actorFor(role);
    const change = updateCheckpointSchema.parse({ ...input(district, `Tên đã sửa bởi ${actor.username}`), id: cp.id });
    expect(await outcomeOf(() => updateCheckpoint(actor, change))).toBe(expected);
    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, cp.id));
    expect(row.name === change.name).toBe(expected === 'allowed');
  });

  it.each(TABLE)('%s pausing and closing a checkpoint of %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const actor = await actorFor(role);
    expect(await outcomeOf(() => setCheckpointStatus(actor, cp.id, 'paused'))).toBe(expected);
    expect(await outcomeOf(() => setCheckpointStatus(actor, cp.id, 'closed'))).toBe(expected);
    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, cp.id));
    expect(row.status).toBe(expected === 'allowed' ? 'closed' : 'active');
  });

  it.each([
    ['admin', '534', 'allowed'], ['police', '534', 'allowed'], ['district', '524', 'allowed'], ['district', '534', 'forbidden'],
    ['viewer', '524', 'forbidden'], ['officer', '524', 'forbidden'],
  ] as [Role, string, string][])('%s creating a checkpoint in %s', async (role, district, expected) => {
    const actor = await actorFor(role);
    const values = input(district);
    expect(await outcomeOf(() => createCheckpoint(actor, values))).toBe(expected);
    expect(await db().select().from(checkpoints).where(eq(checkpoints.name, values.name))).toHaveLength(expected === 'allowed' ? 1 : 0);
  });

  it('a district user cannot move its checkpoint into another district', async () => {
    const cp = await makeCheckpoint('524');
    const district = await actorFor('district');
    const change = updateCheckpointSchema.parse({ ...input('534'), id: cp.id });
    expect(await outcomeOf(() => updateCheckpoint(district, change))).toBe('forbidden');
  });

  it('signed-out callers are refused everywhere', async () => {
    const cp = await makeCheckpoint('524');
    expect(await outcomeOf(() => listCheckpoints(null))).toBe('unauthenticated');
    expect(await outcomeOf(() => getCheckpoint(null, cp.id))).toBe('unauthenticated');
    expect(await outcomeOf(() => createCheckpoint(null, input('524')))).toBe('unauthenticated');
    expect(await outcomeOf(() => setCheckpointStatus(null, cp.id, 'paused'))).toBe('unauthenticated');
    expect(await outcomeOf(() => countReadinessByDistrict(null))).toBe('unauthenticated');
  });
});

describe('checkpoint list', () => {
  it('a district user lists only its own district; officers are refused', async () => {
    const mine = await makeCheckpoint('524');
    const other = await makeCheckpoint('534');
    const ids = (await listCheckpoints(await actorFor('district'), {})).rows.map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    // Asking for another district's filter still stays within the own district.
    expect((await listCheckpoints(await actorFor('district'), { districtCode: '534' })).rows).toHaveLength(0);
    const officer = await actorFor('officer');
    expect(await outcomeOf(() => listCheckpoints(officer))).toBe('forbidden');
  });

  it('searches without diacritics and by number, and filters by kind, status and readiness', async () => {
    const admin = await actorFor('admin');
    const cp = await createCheckpoint(admin, { ...input('532', 'Chốt kiểm soát Chợ Chùa Thử'), address: 'Tỉnh lộ 624' });
    const [row] = await db().select().from(checkpoints).where(eq(checkpoints.id, cp.id));
    expect((await listCheckpoints(admin, { q: 'cho chua thu' })).rows.map((r) => r.id)).toEqual([cp.id]);
    expect((await listCheckpoints(admin, { q: 'nghia hanh', districtCode: '532' })).rows.map((r) => r.id)).toContain(cp.id);
    expect((await listCheckpoints(admin, { q: String(row.number) })).rows.map((r) => r.id)).toContain(cp.id);
    expect((await listCheckpoints(admin, { q: 'cho chua thu', kind: 'patrol' })).rows).toHaveLength(0);
    expect((await listCheckpoints(admin, { q: 'cho chua thu', readiness: 'not_ready' })).rows).toHaveLength(1);
    await rotatePoster(admin, cp.id);
    expect((await listCheckpoints(admin, { q: 'cho chua thu', readiness: 'ready' })).rows).toHaveLength(1);
    await setCheckpointStatus(admin, cp.id, 'paused');
    expect((await listCheckpoints(admin, { q: 'cho chua thu', status: 'paused' })).rows).toHaveLength(1);
  });

  it('counts readiness per district among checkpoints not closed', async () => {
    const admin = await actorFor('admin');
    const ready = await createCheckpoint(admin, input('535'));
    await rotatePoster(admin, ready.id);
    await createCheckpoint(admin, input('535'));
    const closed = await createCheckpoint(admin, input('535'));
    await rotatePoster(admin, closed.id);
    await setCheckpointStatus(admin, closed.id, 'closed');
    const row = (await countReadinessByDistrict(admin)).find((r) => r.districtCode === '535');
    expect(row).toEqual({ districtCode: '535', total: 2, ready: 1, withPoster: 1 });
    const own = await countReadinessByDistrict(await actorFor('district'));
    expect(own.every((r) => r.districtCode === '524')).toBe(true);
  });
});

describe('checkpoint writes', () => {
  it('refuses a commune of another district and a duplicate name, writing nothing', async () => {
    expect(createCheckpointSchema.safeParse({ ...input('524'), communeCode: '21433' }).success).toBe(false);
    const admin = await actorFor('admin');
    await createCheckpoint(admin, input('527', 'Chốt Tịnh Phong Thử'));
    expect(await outcomeOf(() => createCheckpoint(admin, input('527', 'chot tinh phong thu')))).toBe('invalid');
    expect(await db().select().from(checkpoints).where(eq(checkpoints.name, 'chot tinh phong thu'))).toHaveLength(0);
  });

  it('accepts Lý Sơn without a commune and coordinates with a decimal comma', () => {
    const parsed = createCheckpointSchema.parse({ kind: 'patrol', name: 'Tổ tuần tra đảo Bé', districtCode: '536', latitude: '15,38', longitude: '109,11', smartphoneCount: '' });
    expect(parsed.communeCode).toBeUndefined();
    expect(parsed).toMatchObject({ latitude: 15.38, longitude: 109.11, smartphoneCount: 0, hasMobileData: false });
  });

  it('audits create, update and status changes with before and after', async () => {
    const district = await actorFor('district');
    const { id } = await createCheckpoint(district, input('524', 'Chốt Bình Sơn Nhật Ký'));
    await updateCheckpoint(district, updateCheckpointSchema.parse({ ...input('524', 'Chốt Bình Sơn Đã Sửa'), id }));
    await setCheckpointStatus(district, id, 'paused');
    const entries = await db().select().from(auditLogs).where(eq(auditLogs.entityId, id)).orderBy(auditLogs.id);
    expect(entries.map((e) => e.action)).toEqual(['checkpoint.create', 'checkpoint.update', 'checkpoint.pause']);
    expect((entries[1].before as { name: string }).name).toBe('Chốt Bình Sơn Nhật Ký');
    expect((entries[1].after as { name: string }).name).toBe('Chốt Bình Sơn Đã Sửa');
    expect(entries.every((e) => e.actorId === district.id && e.districtCode === '524')).toBe(true);
  });
});

describe('edit form data, readiness counts and the CSV template per role', () => {
  it.each(TABLE)('%s loading the edit form of a checkpoint in %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const actor = await actorFor(role);
    expect(await outcomeOf(() => getCheckpointForEdit(actor, cp.id))).toBe(expected);
  });

  it.each([['admin', 'allowed'], ['police', 'allowed'], ['district', 'allowed'], ['viewer', 'allowed'], ['officer', 'forbidden']] as [Role, string][])(
    '%s counting readiness by district is %s',
    async (role, expected) => {
      const actor = await actorFor(role);
      expect(await outcomeOf(() => countReadinessByDistrict(actor))).toBe(expected);
    },
  );

  it.each([['admin', 'allowed'], ['police', 'allowed'], ['district', 'allowed'], ['viewer', 'forbidden'], ['officer', 'forbidden']] as [Role, string][])(
    '%s downloading the CSV template is %s',
    async (role, expected) => {
      const actor = await actorFor(role);
      expect(await outcomeOf(async () => checkpointCsvTemplate(actor))).toBe(expected);
    },
  );
});
