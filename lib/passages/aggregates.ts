import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { passageDailyStats, passageHourlyStats } from '@/db/schema';
import { applyRollupDeltas } from './rollup-deltas';

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

const dims = (d: AggregateDelta) => [d.checkpointId, d.method, d.source, d.evidence, d.result].join('|');

function merge(deltas: AggregateDelta[], key: (d: AggregateDelta) => string): AggregateDelta[] {
  const merged = new Map<string, AggregateDelta>();
  for (const d of deltas) {
    const k = key(d);
    const seen = merged.get(k);
    if (seen) seen.count += d.count;
    else merged.set(k, { ...d });
  }
  return [...merged.values()].filter((d) => d.count !== 0);
}

/**
 * Applies bucket changes to the daily and hourly statistics and their rollups (db/schema/stats.ts). The one write path for aggregates:
 * call it in the same transaction as the passage insert, void or purge it counts, so statistics
 * can never disagree with the raw passages. Rows are merged first, so a batch touches each bucket
 * once (and in a stable order, which keeps concurrent batches from deadlocking).
 */
export async function applyAggregateDeltas(db: Executor, deltas: AggregateDelta[]): Promise<void> {
  const daily = merge(deltas, (d) => `${d.day}|${dims(d)}`).sort((a, b) => `${a.day}|${dims(a)}`.localeCompare(`${b.day}|${dims(b)}`));
  const hourly = merge(deltas, (d) => `${d.day}|${d.hour}|${dims(d)}`).sort((a, b) =>
    `${a.day}|${String(a.hour).padStart(2, '0')}|${dims(a)}`.localeCompare(`${b.day}|${String(b.hour).padStart(2, '0')}|${dims(b)}`),
  );
  const row = ({ hour: _hour, ...d }: AggregateDelta) => d;
  if (daily.length) {
    await db
      .insert(passageDailyStats)
      .values(daily.map(row))
      .onConflictDoUpdate({
        target: [passageDailyStats.day, passageDailyStats.checkpointId, passageDailyStats.method, passageDailyStats.source, passageDailyStats.evidence, passageDailyStats.result],
        set: { count: sql`${passageDailyStats.count} + excluded.count` },
      });
  }
  if (hourly.length) {
    await db
      .insert(passageHourlyStats)
      .values(hourly)
      .onConflictDoUpdate({
        target: [passageHourlyStats.day, passageHourlyStats.hour, passageHourlyStats.checkpointId, passageHourlyStats.method, passageHourlyStats.source, passageHourlyStats.evidence, passageHourlyStats.result],
        set: { count: sql`${passageHourlyStats.count} + excluded.count` },
      });
  }
  await applyRollupDeltas(db, deltas);
}
