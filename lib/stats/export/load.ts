import 'server-only';
import type { Actor } from '@/lib/auth/roles';
import { getCheckpoint } from '@/lib/checkpoints/queries';
import { districtName } from '@/lib/geo/districts';
import { parseStatsFilter } from '../filter';
import { getOverview } from '../overview';
import { asReportPeriod, reportComparison } from '../report-period';
import { describeFilter, overviewSections } from './sections';

type Params = Record<string, string | string[] | undefined>;

const dmy = (day: string) => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;

/**
 * The export of one dashboard view. Permission and district scope are the data layer's
 * (parseStatsFilter refuses another district, getOverview another district's checkpoint), so a
 * district user cannot export more by editing the link than the dashboard shows.
 */
export async function loadStatsExport(actor: Actor, params: Params, now = new Date()) {
  const filter = parseStatsFilter(actor, params, now);
  const period = asReportPeriod(typeof params.ky === 'string' ? params.ky : null, filter.from, filter.to);
  const overview = await getOverview(actor, filter, now, period ? reportComparison(period) : undefined);
  const f = overview.filter;
  const checkpointName = f.checkpointId ? ((await getCheckpoint(actor, f.checkpointId).catch(() => null))?.name ?? null) : null;
  const scope = f.district ? districtName(f.district) : 'toàn tỉnh';
  return {
    overview,
    heading: describeFilter(f, checkpointName, overview.kpis.range, now),
    sections: overviewSections(overview, now),
    title: `Thống kê kiểm tra ${scope}, ${dmy(f.from).replace(/-/g, '/')} – ${dmy(f.to).replace(/-/g, '/')}${overview.kpis.range.unfinished ? ' (chưa hết kỳ)' : ''}`,
    fileBase: `Thống kê kiểm tra ${scope} ${dmy(f.from)} đến ${dmy(f.to)}`,
  };
}
