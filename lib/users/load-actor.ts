import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, checkpointOfficers, revokedSessions } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';

/**
 * The actor behind a session, read afresh on every request (a role, district or checkpoint change
 * applies to the next one), or null when the account was disabled, its password changed since the
 * session was issued (token version mismatch), or this session was signed out.
 */
export async function loadActor(userId: string, tokenVersion: number, sessionId: string): Promise<Actor | null> {
  const db = getDb();
  const [row] = await db
    .select({ user: users, revoked: revokedSessions.sessionId })
    .from(users)
    .leftJoin(revokedSessions, eq(revokedSessions.sessionId, sessionId))
    .where(eq(users.id, userId))
    .limit(1);
  const user = row?.user;
  if (!user || row.revoked || user.disabledAt || user.tokenVersion !== tokenVersion) return null;
  const checkpointIds =
    user.role === 'officer'
      ? (await db.select({ id: checkpointOfficers.checkpointId }).from(checkpointOfficers).where(eq(checkpointOfficers.userId, user.id))).map((r) => r.id)
      : [];
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    districtCode: user.districtCode,
    checkpointIds,
  };
}
