import 'server-only';
import type { Actor } from '@/lib/auth/roles';
import { localDay } from '@/lib/text/format';
import { parseStatsFilter } from '../filter';
import { getOverview } from '../overview';
import { reportComparison, reportPeriod } from '../report-period';
import { officialReport } from './model';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The report of /quan-tri/bao-cao for the same query (?ky=&ngay=&district=), as the Decree 30
 * model. Permission and district scope are the data layer's: parseStatsFilter refuses another
 * district for a district user, getOverview checks stats.view.
 */
export async function loadOfficialReport(actor: Actor, params: Params, now = new Date()) {
  const period = reportPeriod(one(params.ky), one(params.ngay), localDay(now));
  const filter = parseStatsFilter(actor, { from: period.from, to: period.to, district: one(params.district) }, now);
  const overview = await getOverview(actor, filter, now, reportComparison(period));
  return { overview, report: officialReport(overview, period, now) };
}
