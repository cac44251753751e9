import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { settings } from '@/db/schema';
import { isRetryableConflict, MAX_ATTEMPTS, retryOnConflict } from './retry';

const { db } = useTestDatabase();

// What drizzle throws: its own error wrapping the driver's, which carries the SQLSTATE.
const wrapped = (code: string) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('deadlock detected'), { code }) });

describe('retryOnConflict', () => {
  it('runs again after a deadlock or serialization failure, and stops at the bound', async () => {
    expect(isRetryableConflict(wrapped('40P01'))).toBe(true);
    expect(isRetryableConflict(wrapped('40001'))).toBe(true);
    let calls = 0;
    expect(await retryOnConflict(async () => (++calls < 3 ? Promise.reject(wrapped('40P01')) : 'done'))).toBe('done');
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryOnConflict(async () => { calls++; throw wrapped('40001'); })).rejects.toThrow('Failed query');
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('never retries other errors (a unique violation is an answer, not bad luck)', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => { calls++; throw wrapped('23505'); })).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it('covers every db.transaction: the aborted attempt leaves nothing, the retry commits once', async () => {
    let attempts = 0;
    const key = `retry-test-${Date.now()}`;
    await db().transaction(async (tx) => {
      attempts++;
      await tx.insert(settings).values({ key, value: { attempt: attempts } });
      if (attempts === 1) throw wrapped('40P01');
    });
    expect(attempts).toBe(2);
    const rows = await db().select({ value: settings.value }).from(settings).where(eq(settings.key, key));
    expect(rows).toEqual([{ value: { attempt: 2 } }]);
  });
});
