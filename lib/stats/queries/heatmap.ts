import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { HeatCell } from '../types';
import { rows } from './run';

/** Weekday (Monday 0) × hour of the local day: all 168 cells, zeros included. */
export async function queryHeatmap(db: Executor, f: ScopedFilter, pick: Picker): Promise<HeatCell[]> {
  const src = pick(f, { hour: true, measures: ['total'] });
  const found = await rows<{ weekday: number; hour: number; n: number }>(db, sql`
    select (extract(isodow from day)::int - 1) as weekday, hour::int as hour, ${measure(src, 'total')} as n
    from ${src.from} where ${whereOf(src, f)} group by 1, 2`);
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, count: 0 });
  for (const r of found) cells[Number(r.weekday) * 24 + Number(r.hour)].count += Number(r.n);
  return cells;
}
