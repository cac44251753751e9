import 'server-only';
import { and, asc, eq, ilike, isNull, isNotNull, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, checkpointOfficers, districts } from '@/db/schema';
import type { Actor, Role } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { can } from '@/lib/auth/permissions';
import { likeContains } from '@/lib/text/fold';
import { isUuid } from '@/lib/validation/ids';
import { canManageUser } from './scope';

export interface UserFilters {
  q?: string;
  role?: Role;
  districtCode?: string;
  status?: 'active' | 'disabled';
}

const publicColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  role: users.role,
  districtCode: users.districtCode,
  districtName: districts.name,
  phone: users.phone,
  email: users.email,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

/** Accounts the actor manages: all for admins, officers for police, own district's officers for districts. */
export async function listUsers(actor: Actor | null, filters: UserFilters = {}) {
  assertCan(actor, 'users.view');
  const where: SQL[] = [];
  if (!can(actor, 'users.manage_all')) where.push(eq(users.role, 'officer'));
  if (actor.role === 'district') where.push(eq(users.districtCode, actor.districtCode ?? '__none__'));
  if (filters.role) where.push(eq(users.role, filters.role));
  if (filters.districtCode) where.push(eq(users.districtCode, filters.districtCode));
  if (filters.status === 'active') where.push(isNull(users.disabledAt));
  if (filters.status === 'disabled') where.push(isNotNull(users.disabledAt));
  if (filters.q?.trim()) {
    const pattern = likeContains(filters.q.trim().toLowerCase());
    where.push(or(ilike(users.username, pattern), ilike(users.fullName, pattern))!);
  }
  return getDb()
    .select(publicColumns)
    .from(users)
    .leftJoin(districts, eq(districts.code, users.districtCode))
    .where(and(...where))
    .orderBy(asc(users.role), asc(users.username))
    .limit(500);
}

/** One account the actor manages, with an officer's checkpoints; 404 outside the actor's scope. */
export async function getUser(actor: Actor | null, id: string) {
  assertCan(actor, 'users.view');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tài khoản.');
  const db = getDb();
  const [user] = await db.select(publicColumns).from(users).leftJoin(districts, eq(districts.code, users.districtCode)).where(eq(users.id, id)).limit(1);
  if (!user || !canManageUser(actor, user)) throw new NotFoundError('Không tìm thấy tài khoản.');
  const checkpointIds = (
    await db.select({ id: checkpointOfficers.checkpointId }).from(checkpointOfficers).where(eq(checkpointOfficers.userId, id))
  ).map((r) => r.id);
  return { ...user, checkpointIds };
}
