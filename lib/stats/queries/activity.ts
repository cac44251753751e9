import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { addDays } from '../dates';
import { rows } from './run';

/** Where a checkpoint's last check fell: its local day and the hour bucket of the hourly rollup. */
export interface LastCheck {
  day: string;
  hour: number;
}

export interface CheckpointActivity {
  id: string;
  name: string;
  number: number;
  districtCode: string;
  communeCode: string | null;
  status: 'active' | 'paused' | 'closed';
  total: number;
  valid: number;
  certified: number;
  last: LastCheck | null;
}

/** Which checkpoints: a district (the scope), optionally one commune of it ('' = none), or one checkpoint. */
export interface ActivityScope {
  district: string | null;
  commune?: string | null | '';
  checkpointId?: string;
}

// How far back "last check" looks: beyond a year a checkpoint is simply "no check".
const LAST_LOOKBACK_DAYS = 365;

/**
 * Each checkpoint in scope (closed ones only if they counted in the range) with its totals over
 * `from`..`to` and its last check up to `to`, from the rollups only: the daily pivot, read
 * backwards from `to` by its checkpoint index, finds the last day with a check (one or a few
 * index entries per checkpoint, not a year of every checkpoint's days), the checkpoint × hour
 * pivot (by its key) the hour within it.
 */
export async function queryCheckpointActivity(db: Executor, scope: ActivityScope, from: string, to: string): Promise<CheckpointActivity[]> {
  const daily = [sql`day between ${from}::date and ${to}::date`];
  // A closed checkpoint drops out of the tables once it has nothing in the range; asked for by id it still answers.
  const cps = scope.checkpointId ? [] : [sql`(c.status <> 'closed' or k.total > 0)`];
  if (scope.district) {
    daily.push(sql`district_code = ${scope.district}`);
    cps.push(sql`c.district_code = ${scope.district}`);
  }
  if (scope.checkpointId) {
    daily.push(sql`checkpoint_id = ${scope.checkpointId}::uuid`);
    cps.push(sql`c.id = ${scope.checkpointId}::uuid`);
  }
  if (scope.commune !== undefined) cps.push(scope.commune ? sql`c.commune_code = ${scope.commune}` : sql`c.commune_code is null`);
  const found = await rows<{
    id: string; name: string; number: number; district_code: string; commune_code: string | null; status: CheckpointActivity['status'];
    total: number; valid: number; certified: number; last_day: string | null; last_hour: number | null;
  }>(db, sql`
    with k as (
      select checkpoint_id, sum(total)::float8 as total, sum(valid)::float8 as valid, sum(certified)::float8 as certified
      from stats_checkpoint_daily where ${sql.join(daily, sql` and `)} group by checkpoint_id
    )
    select c.id::text as id, c.name, c.number, c.district_code, c.commune_code, c.status::text as status,
           coalesce(k.total, 0) as total, coalesce(k.valid, 0) as valid, coalesce(k.certified, 0) as certified,
           l.day::text as last_day,
           (select max(h.hour) from stats_checkpoint_hourly h where h.day = l.day and h.checkpoint_id = c.id and h.total > 0) as last_hour
    from checkpoints c left join k on k.checkpoint_id = c.id
    left join lateral (
      select s.day from stats_checkpoint_daily s
      where s.checkpoint_id = c.id and s.day between ${addDays(to, -LAST_LOOKBACK_DAYS)}::date and ${to}::date and s.total > 0
      order by s.day desc limit 1
    ) l on true
    where ${cps.length ? sql.join(cps, sql` and `) : sql`true`}`);
  return found.map((r) => ({
    id: r.id, name: r.name, number: Number(r.number), districtCode: r.district_code, communeCode: r.commune_code, status: r.status,
    total: Number(r.total), valid: Number(r.valid), certified: Number(r.certified),
    last: r.last_day && r.last_hour != null ? { day: r.last_day, hour: Number(r.last_hour) } : null,
  }));
}
