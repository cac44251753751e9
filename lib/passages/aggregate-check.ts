import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

export interface AggregateMismatch { table: string; key: string; aggregate: number; raw: number }

const DIMS = ['checkpoint_id', 'method', 'source', 'evidence', 'result'];
const COUNT: [string, string][] = [['count', 'count(*)']];
const VALID = `count(*) filter (where result = 'valid')`;
const CERTIFIED = `count(*) filter (where result = 'valid' and evidence = 'certificate_checked')`;

// Every table counted from passages: its key columns (day and hour are the passage's local_day
// and local_hour) and each measure with the count over raw rows it must equal.
const TABLES: { table: string; name: string; keys: string[]; measures: [string, string][] }[] = [
  { table: 'passage_daily_stats', name: 'daily', keys: ['day', ...DIMS], measures: COUNT },
  { table: 'passage_hourly_stats', name: 'hourly', keys: ['day', 'hour', ...DIMS], measures: COUNT },
  { table: 'stats_district_daily', name: 'district_daily', keys: ['day', 'district_code', 'method', 'source', 'evidence', 'result'], measures: COUNT },
  { table: 'stats_checkpoint_daily', name: 'checkpoint_daily', keys: ['day', 'checkpoint_id', 'district_code'], measures: [['total', 'count(*)'], ['valid', VALID], ['certified', CERTIFIED]] },
  { table: 'stats_district_hourly', name: 'district_hourly', keys: ['day', 'district_code', 'hour'], measures: [['total', 'count(*)'], ['valid', VALID]] },
  { table: 'stats_checkpoint_hourly', name: 'checkpoint_hourly', keys: ['day', 'checkpoint_id', 'hour', 'district_code'], measures: [['total', 'count(*)'], ['valid', VALID], ['certified', CERTIFIED]] },
];

const rawColumn = (k: string) => (k === 'day' ? 'local_day as day' : k === 'hour' ? 'local_hour as hour' : k);

/**
 * Buckets where the statistics (aggregates and rollups) disagree with a count over the raw,
 * non-voided passages (empty when consistent). Used by tests and benchmarks; too slow for a
 * request path.
 */
export async function aggregateMismatches(db: Executor): Promise<AggregateMismatch[]> {
  const found: AggregateMismatch[] = [];
  for (const { table, name, keys, measures } of TABLES) {
    const result = await db.execute(sql.raw(`
      with raw as (
        select ${keys.map(rawColumn).join(', ')}, ${measures.map(([m, expr]) => `${expr}::int as ${m}`).join(', ')}
        from passages where voided_at is null group by ${keys.map((_, i) => i + 1).join(', ')}
      ), joined as (
        select concat_ws('|', ${keys.map((k) => `coalesce(a.${k}, r.${k})`).join(', ')}) as key,
               array[${measures.map(([m]) => `coalesce(a.${m}, 0)`).join(', ')}]::int[] as aggregate,
               array[${measures.map(([m]) => `coalesce(r.${m}, 0)`).join(', ')}]::int[] as raw
        from ${table} a full join raw r using (${keys.join(', ')})
      )
      select '${name}' || ${measures.length > 1 ? `'.' || m.name` : `''`} as table, key, aggregate[m.i] as aggregate, raw[m.i] as raw
      from joined cross join (values ${measures.map(([m], i) => `(${i + 1}, '${m}')`).join(', ')}) as m(i, name)
      where aggregate[m.i] <> raw[m.i]`));
    found.push(...rowsOf<AggregateMismatch>(result));
  }
  return found;
}

/** postgres.js returns an array of rows, PGlite an object with `rows`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
