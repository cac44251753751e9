import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { addDays, todayLocal } from '../dates';
import { planComparison, precedingSpan, type ComparisonPlan, type PeriodKind, type Span } from '../compare';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import { rows } from './run';
import type { Kpis, PeriodTotals, TimeWindow, Totals } from '../types';

type Period = keyof Kpis;

/** How the filter's own range is compared: a calendar month with the month before, not "31 days before". */
export interface RangeComparison {
  kind: PeriodKind;
  previous: Span;
}

/** The four KPI periods and what each is compared with at `now`. */
export function kpiPeriods(f: ScopedFilter, now: Date, range?: RangeComparison): Record<Period, Span & { plan: ComparisonPlan }> {
  const today = todayLocal(now);
  const plan = (span: Span, kind: PeriodKind, previous = precedingSpan(span)) => ({ ...span, plan: planComparison(span, previous, kind, now) });
  return {
    today: plan({ from: today, to: today }, 'day'),
    last7: plan({ from: addDays(today, -6), to: today }, 'days'),
    last30: plan({ from: addDays(today, -29), to: today }, 'days'),
    range: plan({ from: f.from, to: f.to }, range?.kind ?? 'days', range?.previous),
  };
}

type Sums = { total: number; valid: number; certified: number };
const zero = (): Totals => ({ total: 0, valid: 0, certified: 0 });
function add(t: Totals, r: Sums) {
  t.total += Number(r.total);
  t.valid += Number(r.valid);
  t.certified += Number(r.certified);
}

/**
 * All periods from two scans: per-day sums over every day any window touches, and per-day sums
 * of the hours before the cutoff for the few days a window ends part-way through (all cut at
 * the same hour: the current one).
 */
export async function queryKpis(db: Executor, f: ScopedFilter, pick: Picker, now: Date, range?: RangeComparison): Promise<Kpis> {
  const periods = kpiPeriods(f, now, range);
  const list = Object.entries(periods) as [Period, (typeof periods)[Period]][];
  const windows = list.flatMap(([, p]) => (p.plan.windows ? [p.plan.windows.current, p.plan.windows.previous] : []));
  const starts = [...list.map(([, p]) => p.from), ...windows.map((w) => w.from)].sort();
  const ends = [...list.map(([, p]) => p.to), ...windows.map((w) => w.to)].sort();
  const src = pick(f, {});
  const days = await rows<Sums & { day: string }>(db, sql`
    select day::text as day, ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid, ${measure(src, 'certified')} as certified
    from ${src.from} where ${whereOf(src, f, starts[0], ends.at(-1)!)} group by day`);

  const cut = windows.filter((w) => w.untilHour != null);
  const partDays = new Map<string, Sums>();
  if (cut.length) {
    const hourly = pick(f, { hour: true });
    const cutDays = [...new Set(cut.map((w) => w.to))].sort();
    const found = await rows<Sums & { day: string }>(db, sql`
      select day::text as day, ${measure(hourly, 'total')} as total, ${measure(hourly, 'valid')} as valid, ${measure(hourly, 'certified')} as certified
      from ${hourly.from}
      where ${whereOf(hourly, f, cutDays[0], cutDays.at(-1)!)} and day in (${sql.join(cutDays.map((d) => sql`${d}::date`), sql`, `)}) and hour < ${cut[0].untilHour}
      group by day`);
    for (const r of found) partDays.set(r.day, r);
  }

  const sum = (from: string, to: string): Totals => {
    const t = zero();
    for (const d of days) if (d.day >= from && d.day <= to) add(t, d);
    return t;
  };
  const sumWindow = (w: TimeWindow): Totals => {
    if (w.untilHour == null) return sum(w.from, w.to);
    const t = sum(w.from, addDays(w.to, -1));
    const part = partDays.get(w.to);
    if (part) add(t, part);
    return t;
  };
  const out = {} as Kpis;
  for (const [name, p] of list) {
    const { windows: w, label } = p.plan;
    out[name] = {
      from: p.from, to: p.to, current: sum(p.from, p.to), unfinished: p.plan.unfinished,
      comparison: { label, windows: w, current: w ? sumWindow(w.current) : zero(), previous: w ? sumWindow(w.previous) : zero() },
    } satisfies PeriodTotals;
  }
  return out;
}
