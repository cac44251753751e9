import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { addDays } from '../dates';
import { rows } from '../queries/run';

// The alert queries, all on the rollups (stats_checkpoint_hourly, stats_checkpoint_daily,
// passage_daily_stats) and the checkpoint and poster tables: never the raw passages. Each reads a
// bounded window (today and the 14 days before) of tables whose rows per day do not grow with
// the number of passages, so an alert costs the same at 1M passages as at 10M.

/** Usual hours are learnt from the 14 days before today. */
export const BASELINE_DAYS = 14;

const inDistrict = (district: string | null, col: SQL = sql`district_code`) => (district ? sql`and ${col} = ${district}` : sql``);

export interface SilentRow {
  id: string;
  name: string;
  district_code: string;
  /** First usual hour today after the last check (or since midnight). */
  since_hour: number;
  missed: number;
}

/**
 * Active checkpoints that let at least `silentHours` of their usual hours pass today without a
 * check, counting only whole hours (before `hour`) after today's last check.
 */
export async function querySilentCheckpoints(db: Executor, district: string | null, today: string, hour: number, t: { silentHours: number; usualDays: number }): Promise<SilentRow[]> {
  return rows<SilentRow>(db, sql`
    with usual as (
      select checkpoint_id, hour from stats_checkpoint_hourly
      where day between ${addDays(today, -BASELINE_DAYS)}::date and ${addDays(today, -1)}::date and hour < ${hour} and total > 0 ${inDistrict(district)}
      group by checkpoint_id, hour having count(*) >= ${t.usualDays}
    ), todays as (
      select checkpoint_id, max(hour) as last_hour from stats_checkpoint_hourly
      where day = ${today}::date and total > 0 ${inDistrict(district)} group by checkpoint_id
    )
    select c.id::text as id, c.name, c.district_code, min(u.hour)::int as since_hour, count(*)::int as missed
    from checkpoints c join usual u on u.checkpoint_id = c.id left join todays t on t.checkpoint_id = c.id
    where c.status = 'active' ${inDistrict(district, sql`c.district_code`)} and u.hour < ${hour} and u.hour > coalesce(t.last_hour, -1)
    group by c.id, c.name, c.district_code
    having count(*) >= ${t.silentHours}`);
}

export interface ShareRow {
  checkpoint_id: string;
  name: string;
  district_code: string;
  today_total: number;
  today_valid: number;
  before_total: number;
  before_valid: number;
}

/** Today's and the 14 previous days' totals per checkpoint (districts are their sums). */
export async function queryShareBaseline(db: Executor, district: string | null, today: string): Promise<ShareRow[]> {
  const found = await rows<ShareRow>(db, sql`
    select s.checkpoint_id::text as checkpoint_id, c.name, s.district_code,
           coalesce(sum(s.total) filter (where s.day = ${today}::date), 0)::float8 as today_total,
           coalesce(sum(s.valid) filter (where s.day = ${today}::date), 0)::float8 as today_valid,
           coalesce(sum(s.total) filter (where s.day < ${today}::date), 0)::float8 as before_total,
           coalesce(sum(s.valid) filter (where s.day < ${today}::date), 0)::float8 as before_valid
    from stats_checkpoint_daily s join checkpoints c on c.id = s.checkpoint_id
    where s.day between ${addDays(today, -BASELINE_DAYS)}::date and ${today}::date ${inDistrict(district, sql`s.district_code`)}
    group by s.checkpoint_id, c.name, s.district_code`);
  return found.map((r) => ({ ...r, today_total: Number(r.today_total), today_valid: Number(r.today_valid), before_total: Number(r.before_total), before_valid: Number(r.before_valid) }));
}

export interface PosterRow {
  id: string;
  name: string;
  district_code: string;
  kind: 'no_poster' | 'poster_leak';
  /** no_poster: the checkpoint's creation (ISO instant); poster_leak: the first local day seen. */
  since: string;
}

/**
 * Active checkpoints without a location QR (nothing to print), and a suspected leak: citizens
 * still declaring passages through the QR of a checkpoint that is paused or closed (nobody is
 * there: the poster or a photo of it is in use elsewhere), counted on days after both the pause
 * and the current poster version, so rotating the poster clears it.
 */
export async function queryPosterAlerts(db: Executor, district: string | null, today: string): Promise<PosterRow[]> {
  return rows<PosterRow>(db, sql`
    select c.id::text as id, c.name, c.district_code, 'no_poster' as kind, to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as since
    from checkpoints c where c.status = 'active' and c.poster_version = 0 ${inDistrict(district, sql`c.district_code`)}
    union all
    select c.id::text, c.name, c.district_code, 'poster_leak', min(d.day)::text
    from checkpoints c
    join poster_versions pv on pv.checkpoint_id = c.id and pv.revoked_at is null
    join passage_daily_stats d on d.checkpoint_id = c.id and d.method = 'citizen_scan' and d.count > 0
      and d.day between ${addDays(today, -BASELINE_DAYS)}::date and ${today}::date
      and d.day > (c.updated_at at time zone 'Asia/Ho_Chi_Minh')::date
      and d.day > (pv.created_at at time zone 'Asia/Ho_Chi_Minh')::date
    where c.status <> 'active' ${inDistrict(district, sql`c.district_code`)}
    group by c.id, c.name, c.district_code`);
}
