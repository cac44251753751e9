import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { addDays, dayCount, todayLocal } from '../dates';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import { rows } from './run';
import type { Kpis, PeriodTotals, Totals } from '../types';

type Period = keyof Kpis;

/** The four KPI periods and the same-length periods just before them. */
export function kpiPeriods(f: ScopedFilter, now: Date): Record<Period, { from: string; to: string; prevFrom: string; prevTo: string }> {
  const today = todayLocal(now);
  const ending = (from: string, to: string) => {
    const n = dayCount(from, to);
    return { from, to, prevFrom: addDays(from, -n), prevTo: addDays(from, -1) };
  };
  return {
    today: ending(today, today),
    last7: ending(addDays(today, -6), today),
    last30: ending(addDays(today, -29), today),
    range: ending(f.from, f.to),
  };
}

/** All eight windows from one scan: per-day sums over the span they cover, added up here. */
export async function queryKpis(db: Executor, f: ScopedFilter, pick: Picker, now: Date): Promise<Kpis> {
  const periods = kpiPeriods(f, now);
  const src = pick(f, {});
  const list = Object.entries(periods) as [Period, (typeof periods)[Period]][];
  const lo = list.map(([, p]) => p.prevFrom).sort()[0];
  const hi = list.map(([, p]) => p.to).sort().at(-1)!;
  const days = await rows<{ day: string; total: number; valid: number; certified: number }>(db, sql`
    select day::text as day, ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid, ${measure(src, 'certified')} as certified
    from ${src.from} where ${whereOf(src, f, lo, hi)} group by day`);
  const sum = (from: string, to: string): Totals => {
    const t = { total: 0, valid: 0, certified: 0 };
    for (const d of days) {
      if (d.day < from || d.day > to) continue;
      t.total += Number(d.total);
      t.valid += Number(d.valid);
      t.certified += Number(d.certified);
    }
    return t;
  };
  const out = {} as Kpis;
  for (const [name, p] of list) {
    out[name] = { from: p.from, to: p.to, current: sum(p.from, p.to), previous: sum(p.prevFrom, p.prevTo) } satisfies PeriodTotals;
  }
  return out;
}
