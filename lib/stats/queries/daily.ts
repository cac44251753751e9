import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { PassageResult } from '@/lib/passages/aggregates';
import { daysOf } from '../dates';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { DailyPoint } from '../types';
import { rows } from './run';

export const RESULTS = ['valid', 'under_14_days', 'incomplete_doses', 'expired', 'invalid_certificate', 'unverified'] as const satisfies readonly PassageResult[];

const zeroResults = () => Object.fromEntries(RESULTS.map((r) => [r, 0])) as Record<PassageResult, number>;

/** One point per day of the range, days without passages included as zeros. */
export async function queryDailySeries(db: Executor, f: ScopedFilter, pick: Picker): Promise<DailyPoint[]> {
  const src = pick(f, { dims: true });
  const found = await rows<{ day: string; result: PassageResult; n: number }>(db, sql`
    select day::text as day, result::text as result, ${measure(src, 'total')} as n
    from ${src.from} where ${whereOf(src, f)} group by day, result`);
  const points = new Map(daysOf(f.from, f.to).map((day) => [day, { day, total: 0, byResult: zeroResults() }]));
  for (const r of found) {
    const point = points.get(r.day);
    if (!point) continue;
    point.byResult[r.result] += Number(r.n);
    point.total += Number(r.n);
  }
  return [...points.values()];
}
