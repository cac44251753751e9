import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getCurrentUser, requirePageActor } from '@/lib/auth/current-user';
import { ForbiddenError, NotFoundError } from '@/lib/auth/errors';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { districtName } from '@/lib/geo/districts';
import { ADMIN_NAV } from '@/lib/navigation';
import { getCheckpoint, listCheckpoints } from '@/lib/checkpoints/queries';
import { parseStatsFilter, statsFilterToSearchParams } from '@/lib/stats/filter';
import { MAP_MEASURES, parseMapMeasure } from '@/lib/stats/display';
import { formatDate } from '@/lib/text/format';
import type { StatsFilter } from '@/lib/stats/types';
import { PageHeader } from '@/components/ui/page-header';
import { IncomingLettersCard } from '@/components/letters/incoming-letters-card';
import { AlertsCard } from '@/components/stats/alerts-card';
import { LiveUpdates } from '@/components/stats/live-updates';
import { getStatsVersion, etagOf } from '@/lib/stats/live';
import { StatsFilterForm } from '@/components/stats/stats-filter-form';
import { ExportLinks } from '@/components/stats/export-links';
import { ChartSkeleton } from '@/components/stats/chart-card';
import { KpiSkeleton } from '@/components/stats/kpi-cards';
import { BreakdownSection, DailySection, HeatmapSection, KpiSection, RankingSection, ReadinessSection } from './_stats/sections';
import { DistrictSection } from './_stats/district-section';

export const metadata: Metadata = { title: 'Tổng quan' };

type SearchParams = Record<string, string | string[] | undefined>;

/** The filter of the URL; another district's numbers (by district or checkpoint) are refused. */
async function filterOf(actor: Awaited<ReturnType<typeof requirePageActor>>, params: SearchParams) {
  let filter: StatsFilter;
  try {
    filter = parseStatsFilter(actor, params);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  if (!filter.checkpointId) return { filter, checkpointName: null };
  try {
    return { filter, checkpointName: (await getCheckpoint(actor, filter.checkpointId)).name };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function AdminHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const signedIn = await getCurrentUser();
  if (signedIn?.role === 'officer') redirect('/chot');
  const actor = await requirePageActor('stats.view', undefined, '/quan-tri');
  const params = await searchParams;
  const { filter, checkpointName } = await filterOf(actor, params);
  const measure = parseMapMeasure(params.chiso);
  const query = statsFilterToSearchParams(filter);
  const measureParam = typeof params.chiso === 'string' && measure !== 'total' ? MAP_MEASURES.find((m) => m.key === measure)!.param : null;
  const view = new URLSearchParams(query);
  if (measureParam) view.set('chiso', measureParam);
  const options = await listCheckpoints(actor, { districtCode: filter.district ?? undefined });
  const fixedDistrict = actor.role === 'district' ? actor.districtCode : null;
  const report = new URLSearchParams({ ky: 'tuan', ngay: filter.to, ...(filter.district && !fixedDistrict ? { district: filter.district } : {}) });
  const areas = ADMIN_NAV.filter((item) => item.href !== '/quan-tri' && can(actor, item.permission));
  const props = { actor, filter };
  const renderedAt = new Date().toISOString();
  const version = await getStatsVersion(actor, filter.district);
  const key = query.toString();
  const scopeText = `${filter.district ? districtName(filter.district) : 'Toàn tỉnh'}${checkpointName ? ` · ${checkpointName}` : ''}`;
  const period = `${formatDate(filter.from)} – ${formatDate(filter.to)}`;
  const others = [filter.method, filter.source, filter.evidence].filter(Boolean).length;
  const narrowed = others ? ` · ${others} điều kiện khác` : '';
  return (
    <>
      <PageHeader title="Tổng quan" description={`${ROLE_LABELS[actor.role]} · ${scopeText} · ${period}`} />
      <LiveUpdates src={`/api/stats/live${filter.district && !fixedDistrict ? `?district=${filter.district}` : ''}`} etag={etagOf(version)} renderedAt={renderedAt} />
      {/* What needs acting on first: silent checkpoints, unusual results, posters, the trust list. */}
      <Suspense fallback={<ChartSkeleton title="Cảnh báo" height="h-16" />}>
        <AlertsCard actor={actor} />
      </Suspense>
      {/* The numbers first (a leader on a phone sees them without scrolling), then how to change them. */}
      <Suspense key={`kpi-${key}`} fallback={<KpiSkeleton />}>
        <KpiSection {...props} />
      </Suspense>
      <StatsFilterForm filter={filter} fixedDistrict={fixedDistrict} measureParam={measureParam} summary={`${scopeText} · ${period}${narrowed}`}
        checkpoints={options.rows.map((c) => ({ id: c.id, name: c.name, districtCode: c.districtCode }))} checkpointsTruncated={options.total > options.rows.length} />
      <div className="mb-4 flex flex-wrap gap-2">
        <ExportLinks query={key} reportHref={`/quan-tri/bao-cao?${report}`} />
      </div>
      <IncomingLettersCard actor={actor} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense key={`map-${view}`} fallback={<ChartSkeleton title="Theo huyện" height="h-96" className="lg:col-span-2" />}>
          <DistrictSection {...props} measure={measure} query={view} canPickDistrict={!fixedDistrict} />
        </Suspense>
        <Suspense key={`day-${key}`} fallback={<ChartSkeleton title="Theo ngày" className="lg:col-span-2" />}>
          <DailySection {...props} />
        </Suspense>
        <div className="grid gap-4 lg:col-span-2 lg:grid-cols-3">
          <Suspense key={`method-${key}`} fallback={<ChartSkeleton title="Theo cách kiểm tra" height="h-44" />}>
            <BreakdownSection {...props} kind="method" />
          </Suspense>
          <Suspense key={`source-${key}`} fallback={<ChartSkeleton title="Theo nguồn chứng nhận" height="h-72" />}>
            <BreakdownSection {...props} kind="source" />
          </Suspense>
          <Suspense key={`evidence-${key}`} fallback={<ChartSkeleton title="Theo bằng chứng" height="h-44" />}>
            <BreakdownSection {...props} kind="evidence" />
          </Suspense>
        </div>
        <Suspense key={`heat-${key}`} fallback={<ChartSkeleton title="Theo giờ và thứ" height="h-48" className="lg:col-span-2" />}>
          <HeatmapSection {...props} />
        </Suspense>
        <Suspense key={`ready-${key}`} fallback={<ChartSkeleton title="Sẵn sàng của chốt" />}>
          <ReadinessSection {...props} />
        </Suspense>
        <Suspense key={`rank-${key}`} fallback={<ChartSkeleton title="Chốt nhiều và ít lượt nhất" />}>
          <RankingSection {...props} />
        </Suspense>
      </div>
      <section aria-labelledby="cac-muc" className="mt-8">
        <h2 id="cac-muc" className="mb-3">Các mục quản trị</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {areas.map((item) => (
            <li key={item.href} className="card">
              <Link href={item.href} className="font-semibold">{item.label}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
