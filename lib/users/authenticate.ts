import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password';

/** The user for these credentials, or null: the same answer and cost for every kind of failure. */
export async function authenticateCredentials(username: string, password: string) {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).limit(1);
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabledAt) return null;
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return user;
}
