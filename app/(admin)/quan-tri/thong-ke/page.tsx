import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { getDistrictDrill } from '@/lib/stats/drill';
import { formatDate } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { DrillTable } from './drill-table';
import { drillParams, orRefuse, type SearchParams } from './drill-page';
import { RangeForm } from './range-form';

export const metadata: Metadata = { title: 'Số liệu theo huyện' };

/** Province → districts. A district user has one district: they start one level down. */
export default async function ProvinceDrillPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('stats.view', undefined, '/quan-tri/thong-ke');
  const params = await searchParams;
  const p = drillParams(actor, params, '/quan-tri/thong-ke');
  if (actor.role === 'district') redirect(`/quan-tri/thong-ke/${actor.districtCode}?${p.query}`);
  const rows = await orRefuse(() => getDistrictDrill(actor, p.range, p.order));
  return (
    <>
      <p className="mb-2 text-sm"><Link href={p.dashboard()}>← Tổng quan</Link></p>
      <PageHeader title="Số liệu theo huyện" description={`Toàn tỉnh · ${formatDate(p.range.from)} – ${formatDate(p.range.to)}. Chọn một huyện để xem từng xã.`} />
      <RangeForm {...p.range} order={p.order} />
      <DrillTable caption="Lượt kiểm tra theo huyện" unit="Số chốt" rows={rows} order={p.order} hrefFor={p.hrefFor}
        rowHref={(r) => `/quan-tri/thong-ke/${r.key}?${p.query}`} />
    </>
  );
}
