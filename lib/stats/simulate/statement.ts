import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { sharesOn, type DayPlan } from './plan';

const COLUMNS = sql.raw([
  'checkpoint_id', 'district_code', 'method', 'source', 'evidence', 'result', 'doses', 'last_dose_on', 'rule_version',
  'checked_at', 'received_at', 'local_day', 'local_hour', 'idempotency_key', 'personal_purged_at', 'voided_at',
].join(', '));

// Sources as people showed them, by what the check could see (drawn from a 12-slot list).
const OFFICER_SEEN = `array['pc_covid','pc_covid','pc_covid','pc_covid','bluezone','bluezone','health_book','health_book','health_book','paper','paper','none']`;
const SELF_DECLARED = `array['pc_covid','pc_covid','pc_covid','pc_covid','pc_covid','bluezone','bluezone','bluezone','health_book','health_book','paper','none']`;

export interface DrawTables {
  /** The checkpoints and their districts, index for index. */
  checkpointIds: string[];
  districtCodes: string[];
  /** Lottery slots: 1-based indexes into checkpointIds (an int[] reads in O(1); a long text[] would be walked per row). */
  checkpointSlots: number[];
  /** Lottery slots of local hours (0–23). */
  hours: number[];
}

const arrayLiteral = (xs: (string | number)[]) => `{${xs.join(',')}}`;

/** Part of one day's passages: `count` rows keyed `${keyPrefix}${day}:${part}:${i}`. */
export interface DayPart { plan: DayPlan; part: number; count: number }

/**
 * Stores simulated passages for some days, generated inside PostgreSQL (random() after a setseed,
 * so a seed replays); a share of them is stored already voided. They are NOT counted here: the
 * simulator adds all of a run's passages to the aggregates once at the end, from the raw rows
 * (addStoredPassagesToAggregates), which costs far less than upserting buckets per statement.
 * Answers how many were stored and how many of them voided.
 */
export function simulatedPassagesInsert(parts: DayPart[], keyPrefix: string, draw: DrawTables, now: Date, voidShare: number): SQL {
  const list = (f: (p: DayPart) => string | number) => arrayLiteral(parts.map(f));
  const dayStart = sql.raw(`(day::timestamp at time zone 'Asia/Ho_Chi_Minh')`);
  const nowTs = sql`${now.toISOString()}::timestamptz`;
  const share = (k: 'direct' | 'officerScan' | 'valid') => {
    const [a, b] = [sharesOn(0)[k], sharesOn(1)[k] - sharesOn(0)[k]];
    return sql.raw(`(${a} + ${b} * progress)`);
  };
  const rows = sql`
    select checkpoint_id, district_code, method::passage_method, source::passage_source, evidence::passage_evidence, result::passage_result,
      case result when 'valid' then 2 when 'under_14_days' then 2 when 'expired' then 2 when 'incomplete_doses' then 1 end,
      day - case result when 'valid' then 20 + floor(rd2 * 130)::int when 'under_14_days' then floor(rd2 * 14)::int
        when 'incomplete_doses' then 20 + floor(rd2 * 60)::int when 'expired' then 200 + floor(rd2 * 100)::int end,
      1, ts, least(${nowTs}, ts + case when rd < 0.95 then rd * 120 else rd * 7200 end * interval '1 second'),
      (ts at time zone 'Asia/Ho_Chi_Minh')::date, extract(hour from ts at time zone 'Asia/Ho_Chi_Minh')::smallint,
      ${keyPrefix} || day || ':' || part || ':' || i, case when ts < ${nowTs} - interval '21 days' then ts + interval '21 days' end,
      case when rv < ${voidShare} then ${nowTs} end
    from (
      select s.*, case
          when source = 'none' then 'unverified'
          when evidence = 'certificate_checked' and rr < 0.03 then 'invalid_certificate'
          when rr < ${share('valid')} then 'valid'
          when rr2 < 0.3 then 'under_14_days' when rr2 < 0.7 then 'incomplete_doses' when rr2 < 0.8 then 'expired'
          when evidence = 'certificate_checked' then 'expired' else 'unverified' end as result
      from (
        select e.*, case when evidence = 'certificate_checked' then 'vaccine_passport'
            when evidence = 'officer_seen' then (${sql.raw(OFFICER_SEEN)})[1 + floor(rsrc * 12)::int]
            else (${sql.raw(SELF_DECLARED)})[1 + floor(rsrc * 12)::int] end as source
        from (
          select m.*, case when method = 'direct' then 'officer_seen' when method = 'officer_scan' then 'certificate_checked'
              when re < 0.1 then 'certificate_checked' else 'self_declared' end as evidence,
            case when raw_ts > ${nowTs} then ${dayStart} + rsec * (${nowTs} - ${dayStart}) else raw_ts end as ts
          from (
            select d.*, case when rm < ${share('direct')} then 'direct' when rm < ${share('direct')} + ${share('officerScan')} then 'officer_scan' else 'citizen_scan' end as method,
              ${dayStart} + make_interval(hours => case when h <= max_hour then h else floor(rh * (max_hour + 1))::int end) + rsec * interval '1 hour' as raw_ts,
              (${arrayLiteral(draw.checkpointIds)}::uuid[])[k] as checkpoint_id, (${arrayLiteral(draw.districtCodes)}::text[])[k] as district_code
            from (
              select p.day, p.part, p.progress, p.max_hour, i,
                (${arrayLiteral(draw.checkpointSlots)}::int[])[1 + floor(random() * ${draw.checkpointSlots.length})::int] as k,
                (${arrayLiteral(draw.hours)}::int[])[1 + floor(random() * ${draw.hours.length})::int] as h,
                random() as rh, random() as rm, random() as re, random() as rsrc, random() as rr, random() as rr2, random() as rd, random() as rd2, random() as rsec, random() as rv
              from unnest(${list((p) => p.plan.day)}::date[], ${list((p) => p.part)}::int[], ${list((p) => p.count)}::int[],
                          ${list((p) => p.plan.progress)}::float8[], ${list((p) => p.plan.maxHour)}::int[]) as p(day, part, n, progress, max_hour)
              cross join lateral generate_series(1, p.n) as g(i)
            ) d
          ) m
        ) e
      ) s
    ) r`;
  return sql`
    with stored as (insert into passages (${COLUMNS}) ${rows} returning voided_at)
    select count(*)::int as stored, count(voided_at)::int as voided from stored`;
}
