import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInThrottles } from '@/db/schema';

// Per account: a few guesses, then a pause. Per IP: a higher ceiling, because many phones share
// one carrier IP (CGNAT) and one office shares one NAT.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
  accountLimit: 5,
  ipLimit: 30,
};

const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Seconds to wait if this account or IP is blocked now, else 0. */
export async function signInRetryAfter(username: string, ip: string | null, now = new Date()): Promise<number> {
  const keys = [accountKey(username), ...(ip ? [ipKey(ip)] : [])];
  const rows = await getDb().select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordSignInFailure(username: string, ip: string | null, now = new Date()): Promise<void> {
  await bump(accountKey(username), THROTTLE.accountLimit, now);
  if (ip) await bump(ipKey(ip), THROTTLE.ipLimit, now);
}

export async function clearSignInFailures(username: string): Promise<void> {
  await getDb().delete(signInThrottles).where(inArray(signInThrottles.key, [accountKey(username)]));
}

// One statement, so concurrent failures cannot both read a stale count.
async function bump(key: string, limit: number, now: Date): Promise<void> {
  const blockedUntil = new Date(now.getTime() + THROTTLE.blockMs);
  // Raw SQL parameters go as ISO strings with casts: postgres.js cannot bind a Date inside sql``.
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const fresh = sql`${signInThrottles.windowStartedAt} < ${at(new Date(now.getTime() - THROTTLE.windowMs))}`;
  const nextCount = sql`case when ${fresh} then 1 else ${signInThrottles.failures} + 1 end`;
  await getDb()
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now, blockedUntil: limit <= 1 ? blockedUntil : null })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: nextCount,
        windowStartedAt: sql`case when ${fresh} then ${at(now)} else ${signInThrottles.windowStartedAt} end`,
        blockedUntil: sql`case when ${nextCount} >= ${limit} then ${at(blockedUntil)} else ${signInThrottles.blockedUntil} end`,
      },
    });
}
