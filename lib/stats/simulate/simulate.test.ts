import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeCheckpoint } from '@/lib/testing/factories';
import { aggregateMismatches, rowsOf } from '@/lib/passages/aggregate-check';
import { localDay } from '@/lib/text/format';
import { planDays } from './plan';
import { simulatePassages } from './run';

const { db } = useTestDatabase();

describe('planDays', () => {
  it('spreads exactly N passages, growing over the period, with today holding the newest', () => {
    const plans = planDays(10_000, 60, '2026-11-28', 9);
    expect(plans.reduce((a, p) => a + p.count, 0)).toBe(10_000);
    expect(plans.at(-1)).toMatchObject({ day: '2026-11-28', maxHour: 9 });
    expect(plans[0].day).toBe('2026-09-30');
    expect(plans.at(-2)!.count).toBeGreaterThan(plans[0].count);
    expect(planDays(1, 30, '2026-11-28', 0)).toEqual([expect.objectContaining({ day: '2026-11-28', count: 1 })]);
  });
});

describe('simulatePassages', () => {
  it('writes realistic passages, counted into every aggregate exactly as the raw rows, every dimension present, the newest today', async () => {
    const now = new Date();
    const indexes = async () => rowsOf<{ def: string }>(await db().execute(sql`
      select pg_get_indexdef(indexrelid) as def from pg_index where indrelid = 'passages'::regclass
      union all select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'passages'::regclass order by 1`)).map((r) => r.def);
    const before = await indexes();
    // Small batches: several statements, the load with the table's indexes dropped (an empty table).
    const result = await simulatePassages(db(), { passages: 6000, days: 90, seed: 7, now, batchSize: 1500 });
    expect(result).toMatchObject({ inserted: 6000, indexesDeferred: true });
    expect(await indexes()).toEqual(before);
    expect(result.checkpointsCreated).toBeGreaterThan(13);
    expect(await aggregateMismatches(db())).toEqual([]);
    const [seen] = rowsOf<Record<string, number | string>>(await db().execute(sql`
      select count(distinct method)::int as methods, count(distinct source)::int as sources, count(distinct evidence)::int as evidence,
             count(distinct result)::int as results, count(distinct district_code)::int as districts, max(local_day)::text as newest,
             count(*) filter (where voided_at is not null)::int as voided, max(checked_at) <= ${now.toISOString()}::timestamptz as not_future
      from passages`));
    expect(seen).toMatchObject({ methods: 3, sources: 6, evidence: 3, results: 6, districts: 13, newest: localDay(now), not_future: true });
    expect(Number(seen.voided)).toBe(result.voided);
    expect(result.voided).toBeGreaterThan(0);

    // A second, smaller run adds to what is there (indexes kept) and still counts exactly.
    const more = await simulatePassages(db(), { passages: 500, days: 5, seed: 8, now, keyPrefix: 'more', createCheckpoints: false, voidShare: 0.1 });
    expect(more).toMatchObject({ inserted: 500, indexesDeferred: false });
    expect(await aggregateMismatches(db())).toEqual([]);
  });

  it('replays the same passages for the same seed', async () => {
    const cp = await makeCheckpoint('536');
    const now = new Date();
    const counts = async (prefix: string) => rowsOf<{ k: string }>(await db().execute(sql`
      select string_agg(concat_ws('|', local_day, local_hour, method, source, result), ',' order by idempotency_key) as k from passages where idempotency_key like ${`${prefix}:%`}`))[0].k;
    await simulatePassages(db(), { passages: 300, days: 10, seed: 3, keyPrefix: 'a', now, createCheckpoints: false });
    await simulatePassages(db(), { passages: 300, days: 10, seed: 3, keyPrefix: 'b', now, createCheckpoints: false });
    expect(await counts('a')).toBe(await counts('b'));
    expect(cp.id).toBeTruthy();
  });
});
