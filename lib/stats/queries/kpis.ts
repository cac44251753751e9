import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { addDays, dayCount, todayLocal } from '../dates';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import { rows } from './run';
import type { Kpis, PeriodTotals } from '../types';

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

/** All eight windows in one pass over the smallest table that holds them. */
export async function queryKpis(db: Executor, f: ScopedFilter, pick: Picker, now: Date): Promise<Kpis> {
  const periods = kpiPeriods(f, now);
  const src = pick(f, {});
  const list = Object.entries(periods) as [Period, (typeof periods)[Period]][];
  const lo = list.map(([, p]) => p.prevFrom).sort()[0];
  const hi = list.map(([, p]) => p.to).sort().at(-1)!;
  const cols = list.flatMap(([name, p]) =>
    (['total', 'valid', 'certified'] as const).flatMap((m) => [
      sql`${measure(src, m, sql`day between ${p.from}::date and ${p.to}::date`)} as ${sql.raw(`"${name}_${m}"`)}`,
      sql`${measure(src, m, sql`day between ${p.prevFrom}::date and ${p.prevTo}::date`)} as ${sql.raw(`"${name}_prev_${m}"`)}`,
    ]),
  );
  const [row] = await rows<Record<string, number>>(db, sql`select ${sql.join(cols, sql`, `)} from ${src.from} where ${whereOf(src, f, lo, hi)}`);
  const totals = (name: string) => ({ total: Number(row[`${name}_total`]), valid: Number(row[`${name}_valid`]), certified: Number(row[`${name}_certified`]) });
  const out = {} as Kpis;
  for (const [name, p] of list) {
    out[name] = { from: p.from, to: p.to, current: totals(name), previous: totals(`${name}_prev`) } satisfies PeriodTotals;
  }
  return out;
}
