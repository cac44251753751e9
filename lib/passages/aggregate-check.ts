import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

/**
 * Buckets where the statistics disagree with a count over the raw, non-voided passages
 * (empty when consistent). Used by tests and benchmarks; too slow for a request path.
 */
export async function aggregateMismatches(db: Executor): Promise<{ table: string; key: string; aggregate: number; raw: number }[]> {
  const daily = await db.execute(sql`
    with raw as (
      select local_day as day, checkpoint_id, method, source, evidence, result, count(*)::int as n
      from passages where voided_at is null
      group by 1, 2, 3, 4, 5, 6
    )
    select 'daily' as table, concat_ws('|', coalesce(a.day, r.day), coalesce(a.checkpoint_id, r.checkpoint_id), coalesce(a.method, r.method),
           coalesce(a.source, r.source), coalesce(a.evidence, r.evidence), coalesce(a.result, r.result)) as key,
           coalesce(a.count, 0)::int as aggregate, coalesce(r.n, 0)::int as raw
    from passage_daily_stats a
    full join raw r using (day, checkpoint_id, method, source, evidence, result)
    where coalesce(a.count, 0) <> coalesce(r.n, 0)`);
  const hourly = await db.execute(sql`
    with raw as (
      select local_day as day, local_hour as hour, checkpoint_id, method, source, evidence, result, count(*)::int as n
      from passages where voided_at is null
      group by 1, 2, 3, 4, 5, 6, 7
    )
    select 'hourly' as table, concat_ws('|', coalesce(a.day, r.day), coalesce(a.hour, r.hour), coalesce(a.checkpoint_id, r.checkpoint_id),
           coalesce(a.method, r.method), coalesce(a.source, r.source), coalesce(a.evidence, r.evidence), coalesce(a.result, r.result)) as key,
           coalesce(a.count, 0)::int as aggregate, coalesce(r.n, 0)::int as raw
    from passage_hourly_stats a
    full join raw r using (day, hour, checkpoint_id, method, source, evidence, result)
    where coalesce(a.count, 0) <> coalesce(r.n, 0)`);
  return [...rowsOf(daily), ...rowsOf(hourly)] as { table: string; key: string; aggregate: number; raw: number }[];
}

/** postgres.js returns an array of rows, PGlite an object with `rows`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
