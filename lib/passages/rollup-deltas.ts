import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { statsCheckpointDaily, statsDistrictDaily, statsDistrictHourly } from '@/db/schema';
import type { AggregateDelta } from './aggregates';

/** Sums deltas by key, drops buckets whose change cancels out, sorts by key (stable lock order). */
function mergeBy<R>(deltas: AggregateDelta[], key: (d: AggregateDelta) => string, row: (d: AggregateDelta) => R, add: (into: R, d: AggregateDelta) => void, changes: (r: R) => boolean): R[] {
  const merged = new Map<string, R>();
  for (const d of deltas) {
    const k = key(d);
    const seen = merged.get(k);
    if (seen) add(seen, d);
    else merged.set(k, row(d));
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r).filter(changes);
}

const isValid = (d: AggregateDelta) => (d.result === 'valid' ? d.count : 0);
const isCertified = (d: AggregateDelta) => (d.result === 'valid' && d.evidence === 'certificate_checked' ? d.count : 0);
const hh = (h: number) => String(h).padStart(2, '0');

/**
 * The statistics rollups' side of applyAggregateDeltas (voids, and any future correction):
 * the same buckets insertPassagesStatement's rollup CTEs fill, in the same table order.
 */
export async function applyRollupDeltas(db: Executor, deltas: AggregateDelta[]): Promise<void> {
  const districtDaily = mergeBy(
    deltas, (d) => [d.day, d.districtCode, d.method, d.source, d.evidence, d.result].join('|'),
    (d) => ({ day: d.day, districtCode: d.districtCode, method: d.method, source: d.source, evidence: d.evidence, result: d.result, count: d.count }),
    (r, d) => { r.count += d.count; },
    (r) => r.count !== 0,
  );
  const checkpointDaily = mergeBy(
    deltas, (d) => `${d.day}|${d.checkpointId}`,
    (d) => ({ day: d.day, checkpointId: d.checkpointId, districtCode: d.districtCode, total: d.count, valid: isValid(d), certified: isCertified(d) }),
    (r, d) => { r.total += d.count; r.valid += isValid(d); r.certified += isCertified(d); },
    (r) => r.total !== 0 || r.valid !== 0 || r.certified !== 0,
  );
  const districtHourly = mergeBy(
    deltas, (d) => `${d.day}|${d.districtCode}|${hh(d.hour)}`,
    (d) => ({ day: d.day, districtCode: d.districtCode, hour: d.hour, total: d.count, valid: isValid(d) }),
    (r, d) => { r.total += d.count; r.valid += isValid(d); },
    (r) => r.total !== 0 || r.valid !== 0,
  );
  if (districtDaily.length) {
    const t = statsDistrictDaily;
    await db.insert(t).values(districtDaily).onConflictDoUpdate({
      target: [t.day, t.districtCode, t.method, t.source, t.evidence, t.result],
      set: { count: sql`${t.count} + excluded.count` },
    });
  }
  if (checkpointDaily.length) {
    const t = statsCheckpointDaily;
    await db.insert(t).values(checkpointDaily).onConflictDoUpdate({
      target: [t.day, t.checkpointId],
      set: { total: sql`${t.total} + excluded.total`, valid: sql`${t.valid} + excluded.valid`, certified: sql`${t.certified} + excluded.certified` },
    });
  }
  if (districtHourly.length) {
    const t = statsDistrictHourly;
    await db.insert(t).values(districtHourly).onConflictDoUpdate({
      target: [t.day, t.districtCode, t.hour],
      set: { total: sql`${t.total} + excluded.total`, valid: sql`${t.valid} + excluded.valid` },
    });
  }
}
