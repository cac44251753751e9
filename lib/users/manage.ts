import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { users, checkpointOfficers, checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError, ForbiddenError } from '@/lib/auth/errors';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record';
import { assignableRoles, canManageUser } from './scope';
import type { CreateUserInput, UpdateUserInput } from './schema';

type UserRow = typeof users.$inferSelect;

function auditView(user: UserRow, checkpointIds: string[]) {
  const { passwordHash: _omit, ...rest } = user;
  return { ...rest, checkpointIds };
}

/** Role, district and checkpoints an actor may set; the district user's own district is forced. */
async function checkAssignment(tx: Tx, actor: Actor, input: CreateUserInput | UpdateUserInput) {
  if (!assignableRoles(actor).includes(input.role)) throw new ForbiddenError('Bạn không được cấp vai trò này.');
  const districtCode = ['district', 'officer'].includes(input.role) ? (input.districtCode ?? null) : null;
  if (!canManageUser(actor, { role: input.role, districtCode })) {
    throw new ForbiddenError('Bạn chỉ quản lý tài khoản cán bộ chốt trong huyện của mình.');
  }
  const checkpointIds = input.role === 'officer' ? [...new Set(input.checkpointIds)] : [];
  if (checkpointIds.length) {
    const found = await tx
      .select({ id: checkpoints.id })
      .from(checkpoints)
      .where(and(inArray(checkpoints.id, checkpointIds), eq(checkpoints.districtCode, districtCode!)));
    if (found.length !== checkpointIds.length) {
      throw new UserInputError('Chốt được giao phải thuộc huyện của cán bộ.', { checkpointIds: ['Có chốt không thuộc huyện đã chọn.'] });
    }
  }
  return { districtCode, checkpointIds };
}

async function setCheckpoints(tx: Tx, userId: string, checkpointIds: string[]) {
  await tx.delete(checkpointOfficers).where(eq(checkpointOfficers.userId, userId));
  if (checkpointIds.length) await tx.insert(checkpointOfficers).values(checkpointIds.map((checkpointId) => ({ checkpointId, userId })));
}

export async function createUser(actor: Actor | null, input: CreateUserInput) {
  assertCan(actor, 'users.manage_officers');
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction(async (tx) => {
    const { districtCode, checkpointIds } = await checkAssignment(tx, actor, input);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
    if (existing) throw new UserInputError('Tên đăng nhập đã được dùng.', { username: ['Tên đăng nhập đã được dùng, hãy chọn tên khác.'] });
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username, fullName: input.fullName, role: input.role, districtCode,
        phone: input.phone ?? null, email: input.email ?? null, passwordHash, createdBy: actor.id,
      })
      .returning();
    await setCheckpoints(tx, created.id, checkpointIds);
    await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: created.id, districtCode, after: auditView(created, checkpointIds) });
    return { id: created.id };
  });
}

async function loadManaged(tx: Tx, actor: Actor, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).limit(1).for('update');
  if (!user || !canManageUser(actor, user)) throw new NotFoundError('Không tìm thấy tài khoản.');
  const before = (await tx.select({ id: checkpointOfficers.checkpointId }).from(checkpointOfficers).where(eq(checkpointOfficers.userId, id))).map((r) => r.id);
  return { user, checkpointIds: before };
}

export async function updateUser(actor: Actor | null, input: UpdateUserInput) {
  assertCan(actor, 'users.manage_officers');
  return getDb().transaction(async (tx) => {
    const before = await loadManaged(tx, actor, input.id);
    if (before.user.id === actor.id && input.role !== before.user.role) {
      throw new UserInputError('Bạn không thể tự đổi vai trò của mình.', { role: ['Không thể tự đổi vai trò.'] });
    }
    const { districtCode, checkpointIds } = await checkAssignment(tx, actor, input);
    // A change of role or district changes what the account may do: end its sessions.
    const scopeChanged = before.user.role !== input.role || before.user.districtCode !== districtCode;
    const [after] = await tx
      .update(users)
      .set({
        fullName: input.fullName, role: input.role, districtCode, phone: input.phone ?? null, email: input.email ?? null,
        tokenVersion: scopeChanged ? sql`${users.tokenVersion} + 1` : undefined, updatedAt: new Date(),
      })
      .where(eq(users.id, input.id))
      .returning();
    await setCheckpoints(tx, input.id, checkpointIds);
    await recordAudit(tx, actor, {
      action: 'user.update', entityType: 'user', entityId: input.id, districtCode,
      before: auditView(before.user, before.checkpointIds), after: auditView(after, checkpointIds),
    });
  });
}

/** Disabling bumps the token version, so the account's open sessions end on their next request. */
export async function setUserDisabled(actor: Actor | null, id: string, disabled: boolean) {
  assertCan(actor, 'users.manage_officers');
  if (id === actor.id) throw new UserInputError('Bạn không thể tự khoá tài khoản của mình.');
  await getDb().transaction(async (tx) => {
    const { user } = await loadManaged(tx, actor, id);
    const [after] = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: id, districtCode: user.districtCode,
      before: { disabledAt: user.disabledAt }, after: { disabledAt: after.disabledAt },
    });
  });
}

export async function resetUserPassword(actor: Actor | null, id: string, password: string) {
  assertCan(actor, 'users.manage_officers');
  const passwordHash = await hashPassword(password);
  await getDb().transaction(async (tx) => {
    const { user } = await loadManaged(tx, actor, id);
    await tx.update(users).set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, id));
    await recordAudit(tx, actor, { action: 'user.reset_password', entityType: 'user', entityId: id, districtCode: user.districtCode });
  });
}
