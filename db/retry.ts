/**
 * PostgreSQL may abort a transaction that did nothing wrong: a deadlock victim (40P01) or a
 * serialization failure (40001). Such a transaction left no trace, so running it again is the
 * documented remedy. The aggregate writers are ordered so deadlocks should not happen
 * (lib/passages/aggregate-order.ts); this is the net under every other write.
 */
const RETRYABLE = new Set(['40001', '40P01']);
export const MAX_ATTEMPTS = 4;

/** True when the error (or one it wraps, as drizzle's query errors do) is worth a retry. */
export function isRetryableConflict(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && RETRYABLE.has(e.code)) return true;
  }
  return false;
}

/**
 * Runs `work` (a whole transaction or one autocommit statement) and runs it again, a bounded
 * number of times with a short random pause, when PostgreSQL aborted it as a deadlock victim or
 * a serialization failure. `work` must do nothing outside the database that a retry would repeat.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      // Random, growing pauses so the two sides of a deadlock do not meet again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
