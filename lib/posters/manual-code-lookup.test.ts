import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeCheckpoint } from '@/lib/testing/factories';
import { makePosterToken } from '@/lib/passages/test-helpers';
import { posterVersions } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { MANUAL_CODE_ALPHABET } from './manual-code';
import { lookUpManualCode, MANUAL_CODE_LIMIT } from './manual-code-lookup';

const { db } = useTestDatabase();

describe('lookUpManualCode', () => {
  it(`lets a client guess ${MANUAL_CODE_LIMIT} codes a minute, then refuses even the right one; others are not affected`, async () => {
    const cp = await makeCheckpoint('524');
    await makePosterToken(cp.id);
    const [version] = await db().select().from(posterVersions).where(eq(posterVersions.checkpointId, cp.id));
    const guesses = [...MANUAL_CODE_ALPHABET].slice(0, MANUAL_CODE_LIMIT).map((c) => `ZZZZZ${c}`).filter((g) => g !== version.manualCode);
    for (const guess of guesses) expect(await lookUpManualCode(guess, '203.0.113.50')).toEqual({ ok: false, reason: 'unknown' });
    for (let i = guesses.length; i < MANUAL_CODE_LIMIT; i++) await lookUpManualCode('ZZZZZZ', '203.0.113.50');
    expect(await lookUpManualCode(version.manualCode, '203.0.113.50')).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterS: expect.any(Number) });
    expect(await lookUpManualCode(version.manualCode, '203.0.113.51')).toMatchObject({ ok: true, checkpoint: { id: cp.id } });
  });

  it('does not count a code of the wrong shape', async () => {
    for (let i = 0; i < MANUAL_CODE_LIMIT + 5; i++) expect(await lookUpManualCode('12', '203.0.113.52')).toEqual({ ok: false, reason: 'malformed' });
    expect(await lookUpManualCode('ZZZZZZ', '203.0.113.52')).toEqual({ ok: false, reason: 'unknown' });
  });
});
