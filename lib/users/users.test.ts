import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint, userRow, TEST_PASSWORD } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { auditLogs, users } from '@/db/schema';
import { createUser, updateUser, setUserDisabled, resetUserPassword } from './manage';
import { getUser, listUsers } from './queries';
import { changeOwnPassword } from './own-password';
import { loadActor } from './load-actor';
import { authenticateCredentials } from './authenticate';
import { createUserSchema, updateUserSchema } from './schema';

const { db } = useTestDatabase();

const officerInput = (districtCode: string, checkpointIds: string[] = []) =>
  createUserSchema.parse({ username: `cb${Math.random().toString(36).slice(2, 8)}`, password: 'MatKhau@123', fullName: 'Cán bộ Thử', role: 'officer', districtCode, checkpointIds });

describe('user management scope', () => {
  it.each([
    ['admin', '524', 'allowed'],
    ['police', '534', 'allowed'],
    ['district', '524', 'allowed'],
    ['district', '534', 'forbidden'],
    ['viewer', '524', 'forbidden'],
    ['officer', '524', 'forbidden'],
  ] as const)('%s creating an officer in district %s is %s', async (role, district, expected) => {
    const actor = await makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });
    expect(await outcomeOf(() => createUser(actor, officerInput(district)))).toBe(expected);
  });

  it('only admins create non-officer accounts', async () => {
    const police = await makeActor('police');
    const admin = await makeActor('admin');
    const input = createUserSchema.parse({ username: 'lanhdao.moi', password: 'MatKhau@123', fullName: 'Lãnh đạo', role: 'viewer' });
    expect(await outcomeOf(() => createUser(police, input))).toBe('forbidden');
    expect(await outcomeOf(() => createUser(admin, input))).toBe('allowed');
  });

  it("hides another district's officer as not found and lists only the own district", async () => {
    const binhSon = await makeActor('district', { districtCode: '524' });
    const ducPho = await makeActor('district', { districtCode: '534' });
    const other = await makeActor('officer', { districtCode: '534' });
    const mine = await makeActor('officer', { districtCode: '524' });
    expect(await outcomeOf(() => getUser(binhSon, other.id))).toBe('not_found');
    expect(await outcomeOf(() => setUserDisabled(binhSon, other.id, true))).toBe('not_found');
    expect(await outcomeOf(() => resetUserPassword(binhSon, other.id, 'MatKhau@456'))).toBe('not_found');
    expect(await outcomeOf(() => getUser(ducPho, other.id))).toBe('allowed');
    const listed = (await listUsers(binhSon)).map((u) => u.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(other.id);
    expect((await listUsers(binhSon)).every((u) => u.role === 'officer' && u.districtCode === '524')).toBe(true);
  });

  it('refuses assigning a checkpoint of another district and writes nothing', async () => {
    const binhSon = await makeActor('district', { districtCode: '524' });
    const foreign = await makeCheckpoint('534');
    const input = officerInput('524', [foreign.id]);
    expect(await outcomeOf(() => createUser(binhSon, input))).toBe('invalid');
    expect(await db().select().from(users).where(eq(users.username, input.username))).toHaveLength(0);
  });

  it('audits a write with before and after, without the password hash', async () => {
    const admin = await makeActor('admin');
    const officer = await makeActor('officer', { districtCode: '524' });
    const cp = await makeCheckpoint('524');
    await updateUser(admin, updateUserSchema.parse({ id: officer.id, fullName: 'Tên mới', role: 'officer', districtCode: '524', checkpointIds: [cp.id] }));
    const [entry] = await db().select().from(auditLogs).where(eq(auditLogs.entityId, officer.id));
    expect(entry.action).toBe('user.update');
    expect(entry.actorId).toBe(admin.id);
    expect((entry.before as Record<string, unknown>).fullName).toBe('Người thử officer');
    expect((entry.after as Record<string, unknown>).fullName).toBe('Tên mới');
    expect((entry.after as Record<string, unknown>).checkpointIds).toEqual([cp.id]);
    expect(JSON.stringify(entry)).not.toContain('argon2');
  });
});

describe('sessions end when an account changes', () => {
  it('disabling bumps the token version so the old session no longer loads', async () => {
    const admin = await makeActor('admin');
    const officer = await makeActor('officer');
    const before = await userRow(officer.id);
    expect(await loadActor(officer.id, before.tokenVersion, 's')).not.toBeNull();
    await setUserDisabled(admin, officer.id, true);
    expect(await loadActor(officer.id, before.tokenVersion, 's')).toBeNull();
    expect(await authenticateCredentials(officer.username, TEST_PASSWORD)).toBeNull();
  });

  it('changing the own password requires the current one and ends old sessions', async () => {
    const viewer = await makeActor('viewer');
    expect(await outcomeOf(() => changeOwnPassword(viewer, 'sai-mat-khau', 'MatKhauMoi@1'))).toBe('invalid');
    const { tokenVersion } = await userRow(viewer.id);
    await changeOwnPassword(viewer, TEST_PASSWORD, 'MatKhauMoi@1');
    expect(await loadActor(viewer.id, tokenVersion, 's')).toBeNull();
    expect(await authenticateCredentials(viewer.username, 'MatKhauMoi@1')).not.toBeNull();
  });
});
