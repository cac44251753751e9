import 'server-only';
import crypto from 'node:crypto';
import { lt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimitBuckets } from '@/db/schema';
import { log } from '@/lib/log/logger';

export const RATE_WINDOW_MS = 60_000;

export interface RateLimit {
  /** What is counted, e.g. `poster:<token>`; stored only as a hash. */
  key: string;
  /** Hits allowed per window. */
  max: number;
  /** Hits this request counts for (default 1): a batch counts each item it carries. */
  cost?: number;
}

const store = globalThis as typeof globalThis & { __qnRateLimitOffAnnounced?: boolean };

/** `RATE_LIMIT=off` turns every limit off (the benchmark does this), and says so in the log. */
export function rateLimitEnabled(): boolean {
  const off = process.env.RATE_LIMIT === 'off';
  if (off && !store.__qnRateLimitOffAnnounced) {
    store.__qnRateLimitOffAnnounced = true;
    log.warn({ where: 'rate-limit' }, 'RATE_LIMIT=off: giới hạn tần suất của khai báo và ghi lượt kiểm tra đang TẮT (chỉ dùng khi đo hiệu năng).');
  }
  return !off;
}

/**
 * Counts a request (its cost, 1 by default) against each limit and answers how long to wait if any is exceeded.
 * Fixed one-minute windows in one upsert statement (one round trip, atomic per key), kept in
 * PostgreSQL so that every server process enforces the same limits; keys are sorted so that
 * concurrent requests sharing keys lock them in the same order.
 */
export async function takeRateLimits(limits: RateLimit[], now = new Date()): Promise<{ ok: true } | { ok: false; retryAfterS: number }> {
  if (!limits.length || !rateLimitEnabled()) return { ok: true };
  const byKey = new Map<string, { max: number; cost: number }>();
  for (const l of limits) {
    const key = hashKey(l.key);
    const cost = Math.max(1, Math.floor(l.cost ?? 1)) + (byKey.get(key)?.cost ?? 0);
    byKey.set(key, { max: l.max, cost });
  }
  const keys = [...byKey.keys()].sort();
  const windowStart = new Date(now.getTime() - RATE_WINDOW_MS);
  // Column-aware comparison: postgres.js cannot bind a bare Date inside raw SQL.
  const expired = lte(rateLimitBuckets.windowStartedAt, windowStart);
  const rows = await getDb()
    .insert(rateLimitBuckets)
    .values(keys.map((key) => ({ key, windowStartedAt: now, hits: byKey.get(key)!.cost })))
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        hits: sql`case when ${expired} then excluded.hits else ${rateLimitBuckets.hits} + excluded.hits end`,
        windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${rateLimitBuckets.windowStartedAt} end`,
      },
    })
    .returning();
  let retryAfterMs = 0;
  for (const row of rows) {
    if (row.hits > byKey.get(row.key)!.max) {
      retryAfterMs = Math.max(retryAfterMs, row.windowStartedAt.getTime() + RATE_WINDOW_MS - now.getTime());
    }
  }
  return retryAfterMs > 0 ? { ok: false, retryAfterS: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { ok: true };
}

/** Drops counters whose window ended long ago (run by the hourly maintenance job). */
export async function deleteStaleRateLimits(now = new Date()): Promise<number> {
  const rows = await getDb()
    .delete(rateLimitBuckets)
    .where(lt(rateLimitBuckets.windowStartedAt, new Date(now.getTime() - 10 * RATE_WINDOW_MS)))
    .returning({ key: rateLimitBuckets.key });
  return rows.length;
}

function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('base64url').slice(0, 32);
}
