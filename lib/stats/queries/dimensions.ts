import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { Breakdowns, DailyPoint } from '../types';
import { breakdownsOf, type BreakdownCount } from './breakdowns';
import { dailyOf, type ResultCount } from './daily';
import { rows } from './run';

/**
 * The daily series by result and the breakdowns by method, source and evidence in one scan
 * (grouping sets): they read the same rows of the table with those dimensions, the largest read
 * of the dashboard, whose rows per day grow with the combinations seen. Answers exactly what
 * queryDailySeries and queryBreakdowns answer.
 */
export async function queryDimensions(db: Executor, f: ScopedFilter, pick: Picker): Promise<{ daily: DailyPoint[]; breakdowns: Breakdowns }> {
  const src = pick(f, { dims: true });
  const found = await rows<ResultCount & BreakdownCount & { by_day: number }>(db, sql`
    select day::text as day, result::text as result, method::text as method, source::text as source, evidence::text as evidence,
           ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid, grouping(day) = 0 as by_day
    from ${src.from} where ${whereOf(src, f)}
    group by grouping sets ((day, result), (method, source, evidence))`);
  const byDay = found.filter((r) => r.by_day);
  return {
    daily: dailyOf(f, byDay.map((r) => ({ day: r.day, result: r.result, n: r.total }))),
    breakdowns: breakdownsOf(found.filter((r) => !r.by_day)),
  };
}
