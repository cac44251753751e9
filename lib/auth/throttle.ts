import 'server-only';
import { and, inArray, lt, or, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInThrottles } from '@/db/schema';

interface Policy {
  /** Failures allowed in the window before waits begin. */
  free: number;
  windowMs: number;
  /** The first wait; each further failure doubles it, up to maxWaitMs. */
  firstWaitMs: number;
  maxWaitMs: number;
}

// No hard lock: a hard lock lets anyone lock the admin out. Guesses are slowed per account and
// client IP pair (5 free, then 30 s doubling to 15 min), so one attacker slows only themselves;
// per account from any IP (a higher 20, for guessing spread over many IPs); per IP across
// accounts (30 per 15 min, kept high because many phones share one carrier IP behind CGNAT).
export const THROTTLE = {
  accountIp: { free: 5, windowMs: 24 * 3600_000, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 },
  account: { free: 20, windowMs: 24 * 3600_000, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 },
  ip: { free: 30, windowMs: 15 * 60_000, firstWaitMs: 15 * 60_000, maxWaitMs: 15 * 60_000 },
} satisfies Record<string, Policy>;

const normal = (username: string) => username.trim().toLowerCase();

/** The counters one attempt touches, outermost first: a blocked IP never reaches an account's. */
function keysOf(username: string, ip: string | null): { key: string; policy: Policy }[] {
  const user = normal(username);
  return [
    ...(ip ? [{ key: `ip:${ip}`, policy: THROTTLE.ip }] : []),
    { key: `account-ip:${user}|${ip ?? '-'}`, policy: THROTTLE.accountIp },
    { key: `account:${user}`, policy: THROTTLE.account },
  ];
}

/** Seconds to wait before this account may be tried again from this IP, or 0. */
export async function signInRetryAfter(username: string, ip: string | null, now = new Date()): Promise<number> {
  const keys = keysOf(username, ip).map((k) => k.key);
  const rows = await getDb().select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts an attempt as a failure before the password is checked, and refuses it if a wait is in
 * force. Counting first, in one conditional statement per counter, is what stops a burst of
 * parallel guesses from all passing a check made before any of them was recorded.
 */
export async function takeSignInAttempt(username: string, ip: string | null, now = new Date()): Promise<boolean> {
  for (const { key, policy } of keysOf(username, ip)) {
    if (!(await bump(key, policy, now))) return false;
  }
  return true;
}

/** A successful sign-in: the account's counters start over and the IP gets its attempt back. */
export async function clearSignInFailures(username: string, ip: string | null): Promise<void> {
  const keys = keysOf(username, ip);
  const db = getDb();
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, keys.filter((k) => !k.key.startsWith('ip:')).map((k) => k.key)));
  if (ip) {
    await db
      .update(signInThrottles)
      .set({ failures: sql`greatest(${signInThrottles.failures} - 1, 0)` })
      .where(inArray(signInThrottles.key, [`ip:${ip}`]));
  }
}

/** Drops counters whose window and wait are both over (run by the hourly maintenance job). */
export async function deleteStaleSignInThrottles(now = new Date()): Promise<number> {
  const longestWindow = Math.max(...Object.values(THROTTLE).map((p) => p.windowMs));
  const rows = await getDb()
    .delete(signInThrottles)
    .where(
      and(
        lt(signInThrottles.windowStartedAt, new Date(now.getTime() - longestWindow)),
        or(isNull(signInThrottles.blockedUntil), lt(signInThrottles.blockedUntil, now)),
      ),
    )
    .returning({ key: signInThrottles.key });
  return rows.length;
}

// Raw SQL parameters go as ISO strings with casts: postgres.js cannot bind a Date inside sql``.
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

async function bump(key: string, p: Policy, now: Date): Promise<boolean> {
  const fresh = sql`${signInThrottles.windowStartedAt} < ${at(new Date(now.getTime() - p.windowMs))}`;
  const count = sql`case when ${fresh} then 1 else ${signInThrottles.failures} + 1 end`;
  // 2^(count - free), the exponent capped so the double never overflows.
  const waitMs = sql`least(${p.firstWaitMs}::float8 * power(2, least(greatest(${count} - ${p.free}, 0), 30)), ${p.maxWaitMs}::float8)`;
  const rows = await getDb()
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now, blockedUntil: p.free <= 1 ? new Date(now.getTime() + p.firstWaitMs) : null })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: count,
        windowStartedAt: sql`case when ${fresh} then ${at(now)} else ${signInThrottles.windowStartedAt} end`,
        blockedUntil: sql`case when ${count} >= ${p.free} then ${at(now)} + make_interval(secs => ${waitMs} / 1000) else null end`,
      },
      // A counter whose wait is in force is left alone, and the attempt refused.
      setWhere: sql`${signInThrottles.blockedUntil} is null or ${signInThrottles.blockedUntil} <= ${at(now)}`,
    })
    .returning({ key: signInThrottles.key });
  return rows.length > 0;
}
