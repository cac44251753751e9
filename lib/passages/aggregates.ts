import 'server-only';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { passages } from '@/db/schema';
import { aggregateCtes } from './aggregate-order';

export type PassageMethod = 'direct' | 'officer_scan' | 'citizen_scan';
export type PassageSource = 'bluezone' | 'pc_covid' | 'health_book' | 'paper' | 'vaccine_passport' | 'none';
export type PassageEvidence = 'self_declared' | 'officer_seen' | 'certificate_checked';
export type PassageResult = 'valid' | 'under_14_days' | 'incomplete_doses' | 'expired' | 'invalid_certificate' | 'unverified';

/** One bucket's change: +n when passages are stored, −n when they are voided. */
export interface AggregateDelta {
  /** Local day (Asia/Ho_Chi_Minh), yyyy-MM-dd: the passage's `local_day`. */
  day: string;
  /** Local hour 0–23: the passage's `local_hour`. */
  hour: number;
  checkpointId: string;
  districtCode: string;
  method: PassageMethod;
  source: PassageSource;
  evidence: PassageEvidence;
  result: PassageResult;
  count: number;
}

const columns = getTableColumns(passages);
// The JSON fields of a delta and the passage column whose SQL type each one takes.
const FIELDS = [
  ['day', columns.localDay], ['hour', columns.localHour], ['checkpoint_id', columns.checkpointId], ['district_code', columns.districtCode],
  ['method', columns.method], ['source', columns.source], ['evidence', columns.evidence], ['result', columns.result],
] as const;
const record = sql.raw([...FIELDS.map(([name, column]) => `${name} ${column.getSQLType()}`), 'n integer'].join(', '));

/**
 * Applies bucket changes to the daily and hourly statistics and their rollups (db/schema/stats.ts):
 * the write path for voids and the simulator (ingest counts inside its insert statement). Call it
 * in the same transaction as the change it counts, so statistics can never disagree with the raw
 * passages. One statement, taking the aggregate rows in the global order of aggregate-order.ts
 * (the same SQL as ingest's), so concurrent writers cannot deadlock.
 */
export async function applyAggregateDeltas(db: Executor, deltas: AggregateDelta[]): Promise<void> {
  if (!deltas.length) return;
  const json = JSON.stringify(deltas.map((d) => ({
    day: d.day, hour: d.hour, checkpoint_id: d.checkpointId, district_code: d.districtCode,
    method: d.method, source: d.source, evidence: d.evidence, result: d.result, n: d.count,
  })));
  await db.execute(sql`
    with src as (select * from jsonb_to_recordset(${json}::text::jsonb) as x(${record})),
    ${sql.raw(aggregateCtes())}
    select 1`);
}

/**
 * Adds the stored, non-voided passages matching `where` to the aggregates and rollups, counted
 * from the raw rows by the same upserts as ingest and voids (aggregateCtes): the bulk path, for a
 * load that wrote passages without counting them (the simulator). Passages are first grouped by
 * every bucket dimension, the finest grain of all five tables, so each upsert sums a few rows per
 * bucket instead of one per passage; a bucket's count is the same either way. Call it in the
 * transaction that stored them and never twice for the same rows.
 */
export async function addStoredPassagesToAggregates(db: Executor, where: SQL): Promise<void> {
  await db.execute(sql`
    with src as (
      select local_day as day, local_hour as hour, checkpoint_id, district_code, method, source, evidence, result, count(*)::int as n
      from passages where voided_at is null and (${where})
      group by local_day, local_hour, checkpoint_id, district_code, method, source, evidence, result
    ), ${sql.raw(aggregateCtes())}
    select 1`);
}
