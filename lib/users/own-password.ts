import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { UserInputError } from '@/lib/auth/errors';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record';

/** Changes the actor's own password and ends every session, this one included. */
export async function changeOwnPassword(actor: Actor | null, currentPassword: string, newPassword: string) {
  assertCan(actor, 'account.self');
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new UserInputError('Mật khẩu hiện tại không đúng.', { currentPassword: ['Mật khẩu hiện tại không đúng.'] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, actor, { action: 'user.change_own_password', entityType: 'user', entityId: actor.id, districtCode: user.districtCode });
  });
}
