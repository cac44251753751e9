import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { ScopedFilter } from './scope';

/**
 * Where a statistics query reads from. Every table here has the columns `day`, `district_code`
 * and, by grain, `checkpoint_id`, `hour`, `method`/`source`/`evidence`, `result` with `count`
 * (full-dimension tables) or pivoted `total`/`valid`/`certified` measures, so one query text
 * serves all of them and the smallest table that can answer a filter is picked.
 */
export interface Source {
  name: string;
  from: SQL;
  checkpoint: boolean;
  hour: boolean;
  /** Has method, source, evidence and result columns with a `count`. */
  dims: boolean;
  /** Pivoted tables: the measure columns they carry. */
  measures?: Measure[];
}

export const PASSAGE_DAILY: Source = { name: 'passage_daily_stats', from: sql.raw('passage_daily_stats'), checkpoint: true, hour: false, dims: true };
export const PASSAGE_HOURLY: Source = { name: 'passage_hourly_stats', from: sql.raw('passage_hourly_stats'), checkpoint: true, hour: true, dims: true };
export const CHECKPOINT_DAILY: Source = { name: 'stats_checkpoint_daily', from: sql.raw('stats_checkpoint_daily'), checkpoint: true, hour: false, dims: false, measures: ['total', 'valid', 'certified'] };
export const DISTRICT_HOURLY: Source = { name: 'stats_district_hourly', from: sql.raw('stats_district_hourly'), checkpoint: false, hour: true, dims: false, measures: ['total', 'valid'] };
export const CHECKPOINT_HOURLY: Source = { name: 'stats_checkpoint_hourly', from: sql.raw('stats_checkpoint_hourly'), checkpoint: true, hour: true, dims: false, measures: ['total', 'valid', 'certified'] };
export const DISTRICT_DAILY: Source = { name: 'stats_district_daily', from: sql.raw('stats_district_daily'), checkpoint: false, hour: false, dims: true };

/** What a query needs beyond the filter itself. */
export interface Need {
  hour?: boolean;
  /** Groups by checkpoint. */
  checkpoint?: boolean;
  /** Groups by method/source/evidence/result. */
  dims?: boolean;
  /** Measures read (default: all three). */
  measures?: Measure[];
}

// Smallest first, in rows per day: checkpoints (pivot), 13 × 24 (pivot), 13 × the method/source/
// evidence/result combinations seen, checkpoints × 24 (pivot), then the checkpoint-grain
// aggregates (× the combinations seen, × hours).
const AGGREGATES: Source[] = [CHECKPOINT_DAILY, DISTRICT_HOURLY, DISTRICT_DAILY, CHECKPOINT_HOURLY, PASSAGE_DAILY, PASSAGE_HOURLY];

export type Picker = (f: ScopedFilter, need: Need) => Source;

export const pickAggregate: Picker = (f, need) => {
  const dims = need.dims || !!(f.method || f.source || f.evidence);
  const found = AGGREGATES.find((s) => (!(f.checkpointId || need.checkpoint) || s.checkpoint) && (!need.hour || s.hour) && (!dims || s.dims)
    && (s.dims || (need.measures ?? ALL_MEASURES).every((m) => s.measures?.includes(m))));
  if (!found) throw new Error('no statistics table answers this filter');
  return found;
};

export type Measure = 'total' | 'valid' | 'certified';
const ALL_MEASURES: Measure[] = ['total', 'valid', 'certified'];

/**
 * Sum of a measure, optionally only over rows matching `cond`. "certified" means valid AND proven
 * by a certificate the server checked: the share of valid passages that do not rest on a look or
 * a self-declaration.
 */
export function measure(src: Source, m: Measure, cond?: SQL): SQL {
  const conds: SQL[] = [];
  if (src.dims && m !== 'total') conds.push(sql`result = 'valid'`);
  if (src.dims && m === 'certified') conds.push(sql`evidence = 'certificate_checked'`);
  if (cond) conds.push(cond);
  if (!src.dims && !src.measures?.includes(m)) throw new Error(`${src.name} has no ${m}`);
  const col = src.dims ? sql.raw('count') : sql.raw(m);
  const sum = conds.length ? sql`sum(${col}) filter (where ${sql.join(conds, sql` and `)})` : sql`sum(${col})`;
  return sql`coalesce(${sum}, 0)::float8`;
}

/** The filter's conditions (and the district scope) for a source, over the given days. */
export function whereOf(src: Source, f: ScopedFilter, from = f.from, to = f.to): SQL {
  const conds: SQL[] = [sql`day between ${from}::date and ${to}::date`];
  if (f.district) conds.push(sql`district_code = ${f.district}`);
  if (f.checkpointId) conds.push(sql`checkpoint_id = ${f.checkpointId}::uuid`);
  if (f.method) conds.push(sql`method = ${f.method}::passage_method`);
  if (f.source) conds.push(sql`source = ${f.source}::passage_source`);
  if (f.evidence) conds.push(sql`evidence = ${f.evidence}::passage_evidence`);
  if ((f.checkpointId && !src.checkpoint) || ((f.method || f.source || f.evidence) && !src.dims)) {
    throw new Error(`${src.name} cannot answer this filter`);
  }
  return sql.join(conds, sql` and `);
}
