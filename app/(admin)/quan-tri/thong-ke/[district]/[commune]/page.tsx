import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { STATUS_LABELS } from '@/lib/checkpoints/labels';
import { drillPlaceName, getCheckpointDrill } from '@/lib/stats/drill';
import { formatDate } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { DrillTable } from '../../drill-table';
import { drillParams, orRefuse, type SearchParams } from '../../drill-page';
import { RangeForm } from '../../range-form';

export const metadata: Metadata = { title: 'Số liệu theo chốt' };

/** Commune → checkpoints, each linking to its own activity page. */
export default async function CommuneDrillPage({ params, searchParams }: { params: Promise<{ district: string; commune: string }>; searchParams: Promise<SearchParams> }) {
  const { district, commune } = await params;
  const path = `/quan-tri/thong-ke/${district}/${commune}`;
  const actor = await requirePageActor('stats.view', undefined, path);
  const p = drillParams(actor, await searchParams, path);
  const rows = await orRefuse(() => getCheckpointDrill(actor, district, commune, p.range, p.order));
  const status = new Map(rows.map((r) => [r.key, r.status]));
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 flex flex-wrap gap-x-3 text-sm">
        {actor.role !== 'district' && <Link href={`/quan-tri/thong-ke?${p.query}`}>Toàn tỉnh</Link>}
        <Link href={`/quan-tri/thong-ke/${district}?${p.query}`}>← {drillPlaceName(district)}</Link>
      </nav>
      <PageHeader title={drillPlaceName(district, commune)} description={`Theo chốt · ${formatDate(p.range.from)} – ${formatDate(p.range.to)}.`} />
      <RangeForm {...p.range} order={p.order} />
      {rows.length === 0 ? (
        <EmptyState title="Chưa có chốt nào ở đây.">Xã này chưa có chốt kiểm soát hoặc tổ tuần tra đang hoạt động.</EmptyState>
      ) : (
        <DrillTable caption={`Lượt kiểm tra theo chốt, ${drillPlaceName(district, commune)}`} unit={null} rows={rows} order={p.order} hrefFor={p.hrefFor}
          rowHref={(r) => `/quan-tri/chot-kiem-soat/${r.key}/thong-ke`}
          extra={(r) => (status.get(r.key) !== 'active' ? <span className="ml-2 text-sm font-normal text-slate-600">({STATUS_LABELS[status.get(r.key)!].toLowerCase()})</span> : null)} />
      )}
    </>
  );
}
