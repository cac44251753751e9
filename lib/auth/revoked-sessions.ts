import 'server-only';
import { lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { revokedSessions } from '@/db/schema';

/** Ends one session (not the account's others) for good; kept until the cookie would expire. */
export async function revokeSession(sessionId: string, expiresAt: Date): Promise<void> {
  await getDb().insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
}

/** Drops entries whose session has expired on its own (run by the hourly maintenance job). */
export async function deleteExpiredRevocations(now = new Date()): Promise<number> {
  const rows = await getDb().delete(revokedSessions).where(lt(revokedSessions.expiresAt, now)).returning({ id: revokedSessions.sessionId });
  return rows.length;
}
