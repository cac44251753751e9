import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { authorizeStats } from '../scope';
import type { Picker, Source } from '../sources';
import { queryKpis, type RangeComparison } from '../queries/kpis';
import { queryDailySeries } from '../queries/daily';
import { queryBreakdowns } from '../queries/breakdowns';
import { queryDistrictTotals } from '../queries/districts';
import { queryHeatmap } from '../queries/heatmap';
import { queryCheckpointRanking } from '../queries/ranking';
import { queryReadiness } from '../queries/readiness';
import type { Overview, StatsFilter } from '../types';

/**
 * The raw, non-voided passages dressed as a statistics table: the SAME query texts then compute
 * the overview from raw rows. For tests and the benchmark's baseline only; pages never use it.
 */
export const RAW_PASSAGES: Source = {
  name: 'passages',
  from: sql`(select local_day as day, local_hour as hour, checkpoint_id, district_code, method, source, evidence, result, 1 as count
             from passages where voided_at is null) as raw`,
  checkpoint: true, hour: true, dims: true,
};

export const pickRaw: Picker = () => RAW_PASSAGES;

export async function getOverviewFromRaw(db: Executor, actor: Actor | null, filter: StatsFilter, now = new Date(), range?: RangeComparison): Promise<Overview> {
  const f = await authorizeStats(db, actor, filter);
  const [kpis, daily, breakdowns, byDistrict, heatmap, ranking, readiness] = await Promise.all([
    queryKpis(db, f, pickRaw, now, range),
    queryDailySeries(db, f, pickRaw),
    queryBreakdowns(db, f, pickRaw),
    queryDistrictTotals(db, f, pickRaw),
    queryHeatmap(db, f, pickRaw),
    queryCheckpointRanking(db, f, pickRaw, 5),
    queryReadiness(actor!),
  ]);
  return { filter: f, kpis, daily, ...breakdowns, byDistrict, heatmap, ...ranking, readiness };
}
