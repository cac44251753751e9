import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, checkpointOfficers } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';

/**
 * The actor behind a session, or null when the account was disabled or its password changed
 * since the session was issued (token version mismatch): that is how old sessions end.
 */
export async function loadActor(userId: string, tokenVersion: number): Promise<Actor | null> {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.disabledAt || user.tokenVersion !== tokenVersion) return null;
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
