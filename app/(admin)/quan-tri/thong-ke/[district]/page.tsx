import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { drillPlaceName, getCommuneDrill } from '@/lib/stats/drill';
import { formatDate } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { DrillTable } from '../drill-table';
import { drillParams, orRefuse, type SearchParams } from '../drill-page';
import { RangeForm } from '../range-form';

export const metadata: Metadata = { title: 'Số liệu theo xã' };

/** District → communes (and the checkpoints outside any commune). Another district's page: 403. */
export default async function DistrictDrillPage({ params, searchParams }: { params: Promise<{ district: string }>; searchParams: Promise<SearchParams> }) {
  const { district } = await params;
  const path = `/quan-tri/thong-ke/${district}`;
  const actor = await requirePageActor('stats.view', undefined, path);
  const p = drillParams(actor, await searchParams, path);
  const rows = await orRefuse(() => getCommuneDrill(actor, district, p.range, p.order));
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 flex flex-wrap gap-x-3 text-sm">
        <Link href={p.dashboard(actor.role === 'district' ? undefined : district)}>← Tổng quan</Link>
        {actor.role !== 'district' && <Link href={`/quan-tri/thong-ke?${p.query}`}>Toàn tỉnh</Link>}
      </nav>
      <PageHeader title={drillPlaceName(district)} description={`Theo xã · ${formatDate(p.range.from)} – ${formatDate(p.range.to)}. Chọn một xã để xem từng chốt.`} />
      <RangeForm {...p.range} order={p.order} />
      <DrillTable caption={`Lượt kiểm tra theo xã, ${drillPlaceName(district)}`} unit="Số chốt" rows={rows} order={p.order} hrefFor={p.hrefFor}
        rowHref={(r) => `${path}/${r.key}?${p.query}`} />
    </>
  );
}
