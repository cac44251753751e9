import 'server-only';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { authorizeStats } from './scope';
import { pickAggregate } from './sources';
import { queryKpis, type RangeComparison } from './queries/kpis';
import { queryDailySeries } from './queries/daily';
import { queryBreakdowns } from './queries/breakdowns';
import { queryDistrictTotals } from './queries/districts';
import { queryHeatmap } from './queries/heatmap';
import { queryCheckpointRanking } from './queries/ranking';
import { queryReadiness } from './queries/readiness';
import type { Breakdowns, CheckpointRanking, DailyPoint, DistrictRow, HeatCell, Kpis, Overview, ReadinessRow, StatsFilter } from './types';

// The statistics data layer. Each function authorises on its own (stats.view, district scope in
// the WHERE), so the dashboard can stream its sections separately; all read only aggregate tables.

export async function getKpis(actor: Actor | null, filter: StatsFilter, now = new Date(), range?: RangeComparison): Promise<Kpis> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryKpis(getDb(), f, pickAggregate, now, range);
}

export async function getDailySeries(actor: Actor | null, filter: StatsFilter): Promise<DailyPoint[]> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryDailySeries(getDb(), f, pickAggregate);
}

export async function getBreakdowns(actor: Actor | null, filter: StatsFilter): Promise<Breakdowns> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryBreakdowns(getDb(), f, pickAggregate);
}

export async function getDistrictTotals(actor: Actor | null, filter: StatsFilter): Promise<DistrictRow[]> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryDistrictTotals(getDb(), f, pickAggregate);
}

export async function getHeatmap(actor: Actor | null, filter: StatsFilter): Promise<HeatCell[]> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryHeatmap(getDb(), f, pickAggregate);
}

export async function getCheckpointRanking(actor: Actor | null, filter: StatsFilter, limit = 5): Promise<CheckpointRanking> {
  const f = await authorizeStats(getDb(), actor, filter);
  return queryCheckpointRanking(getDb(), f, pickAggregate, limit);
}

export async function getReadinessByDistrict(actor: Actor | null): Promise<ReadinessRow[]> {
  assertCan(actor, 'stats.view');
  return queryReadiness(actor);
}

/**
 * Everything the overview shows (exports and the benchmark use this too). `range` says how the
 * filter's own range is compared (the report: a calendar month with the month before).
 */
export async function getOverview(actor: Actor | null, filter: StatsFilter, now = new Date(), range?: RangeComparison): Promise<Overview> {
  const db = getDb();
  const f = await authorizeStats(db, actor, filter);
  const [kpis, daily, breakdowns, byDistrict, heatmap, ranking, readiness] = await Promise.all([
    queryKpis(db, f, pickAggregate, now, range),
    queryDailySeries(db, f, pickAggregate),
    queryBreakdowns(db, f, pickAggregate),
    queryDistrictTotals(db, f, pickAggregate),
    queryHeatmap(db, f, pickAggregate),
    queryCheckpointRanking(db, f, pickAggregate, 5),
    queryReadiness(actor!),
  ]);
  return { filter: f, kpis, daily, ...breakdowns, byDistrict, heatmap, ...ranking, readiness };
}
