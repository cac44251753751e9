import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { passageDailyStats, passages } from '@/db/schema';
import { setRetentionDays } from '@/lib/settings/retention';
import type { CheckInput } from './check-schema';
import { PASSAGE_SOURCES } from './check-schema';
import { ingestChecks } from './ingest';
import { voidPassage } from './void';
import { purgePersonalData } from './purge';
import { aggregateMismatches } from './aggregate-check';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

// A small seeded generator, so a failure replays the same sequence.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

describe('aggregates equal raw counts through random inserts, retries, voids and purges', () => {
  it.each([1, 2, 3])('seed %i', async (seed) => {
    const rand = prng(seed);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const cps = await Promise.all(['524', '524', '534'].map((d) => makeCheckpoint(d)));
    const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
    await setRetentionDays(await makeActor('admin'), 2);
    const now = Date.now();
    const sent: CheckInput[][] = [];
    const stored: number[] = [];

    const randomCheck = () => {
      // Spread over six days and every hour, so day and hour buckets and the purge all vary.
      const checkedAt = new Date(now - Math.floor(rand() * 6 * 86_400_000)).toISOString();
      const doses = Math.floor(rand() * 4);
      return directCheck(pick(cps).id, {
        checkedAt, source: pick(PASSAGE_SOURCES), doses, lastDoseOn: doses ? '2021-08-01' : undefined,
        vaccine: rand() < 0.2 ? 'EU/1/20/1525' : undefined, citizen: rand() < 0.5 ? { phone: `0905${String(Math.floor(rand() * 1e6)).padStart(6, '0')}` } : undefined,
      });
    };

    for (let step = 0; step < 40; step++) {
      const r = rand();
      if (r < 0.45 || !sent.length) {
        const batch = Array.from({ length: 1 + Math.floor(rand() * 15) }, randomCheck);
        sent.push(batch);
        for (const o of await ingestChecks(batch, as(officer))) if (o.status === 'stored') stored.push(o.passage.id);
      } else if (r < 0.7) {
        const again = pick(sent).filter(() => rand() < 0.7);
        const outcomes = await ingestChecks(again, as(officer));
        expect(outcomes.every((o) => o.status === 'duplicate')).toBe(true);
      } else if (r < 0.9 && stored.length) {
        const id = pick(stored);
        await voidPassage(officer, id);
      } else {
        await purgePersonalData(new Date());
      }
      if (step % 10 === 9) expect(await aggregateMismatches(db())).toEqual([]);
    }
    expect(await aggregateMismatches(db())).toEqual([]);
    const [{ live }] = await db().select({ live: sql<number>`count(*)::int` }).from(passages).where(sql`${passages.voidedAt} is null and ${passages.checkpointId} in (${sql.join(cps.map((c) => sql`${c.id}`), sql`, `)})`);
    const counted = await db().select({ n: sql<number>`coalesce(sum(${passageDailyStats.count}), 0)::int` }).from(passageDailyStats).where(sql`${passageDailyStats.checkpointId} in (${sql.join(cps.map((c) => sql`${c.id}`), sql`, `)})`);
    expect(counted[0].n).toBe(live);
    expect(live).toBeGreaterThan(0);
    expect((await db().select().from(passages).where(eq(passages.checkpointId, cps[0].id))).some((p) => p.personalPurgedAt)).toBe(true);
  });
});
