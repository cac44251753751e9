import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { communeName, districtName } from '@/lib/geo/districts';
import { getCheckpointStats, NO_COMMUNE } from '@/lib/stats/drill';
import { lastCheckText } from '@/lib/stats/drill/rows';
import { formatCount, EVIDENCE_LABELS } from '@/lib/stats/display';
import { dailySection, evidenceSection } from '@/lib/stats/export/sections';
import { formatShare } from '@/lib/stats/percent';
import { PageHeader } from '@/components/ui/page-header';
import { ChartCard } from '@/components/stats/chart-card';
import { SectionTable } from '@/components/stats/section-table';
import { LazyBreakdownChart as BreakdownChart, LazyDailyChart as DailyChart } from '@/components/stats/lazy-charts';
import { orRefuse } from '../../../thong-ke/drill-page';

export const metadata: Metadata = { title: 'Hoạt động của chốt' };

/** One checkpoint's activity from the rollups. Out of the user's scope it does not exist (404). */
export default async function CheckpointStatsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('stats.view', undefined, `/quan-tri/chot-kiem-soat/${id}/thong-ke`);
  const s = await orRefuse(() => getCheckpointStats(actor, id));
  const place = [communeName(s.communeCode), districtName(s.districtCode)].filter(Boolean).join(', ');
  const up = `/quan-tri/thong-ke/${s.districtCode}/${s.communeCode ?? NO_COMMUNE}`;
  const evidence = s.byEvidence.map((r) => ({ label: EVIDENCE_LABELS[r.key], valid: r.valid, other: r.total - r.valid }));
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 flex flex-wrap gap-x-3 text-sm">
        <Link href={up}>← {communeName(s.communeCode) || districtName(s.districtCode)}</Link>
        <Link href={`/quan-tri/chot-kiem-soat/${s.id}`}>Thông tin chốt</Link>
      </nav>
      <PageHeader title={s.name} description={`Hoạt động · ${place}`} />
      <dl className="mb-4 grid gap-3 sm:grid-cols-3">
        <div className="card"><dt className="text-sm text-slate-600">Hôm nay</dt><dd className="num text-2xl font-semibold">{formatCount(s.today.total)} lượt</dd></div>
        <div className="card"><dt className="text-sm text-slate-600">Hợp lệ hôm nay</dt><dd className="num text-2xl font-semibold">{formatShare(s.today.valid, s.today.total)}</dd></div>
        <div className="card"><dt className="text-sm text-slate-600">Lần kiểm tra cuối</dt><dd className="num text-lg font-semibold">{lastCheckText(s.last)}</dd></div>
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <ChartCard id="theo-ngay" title="30 ngày qua" description="Lượt kiểm tra mỗi ngày, chia theo kết quả." className="lg:col-span-2"
          empty={!s.daily.some((d) => d.total > 0)} table={<SectionTable section={dailySection(s.daily)} caption="Lượt kiểm tra theo ngày và kết quả" />}>
          <DailyChart data={s.daily} />
        </ChartCard>
        <ChartCard id="theo-bang-chung" title="Theo bằng chứng" description="30 ngày qua." empty={!s.byEvidence.some((r) => r.total)}
          table={<SectionTable section={evidenceSection(s.byEvidence)} />}>
          <BreakdownChart rows={evidence} title="Theo bằng chứng" />
        </ChartCard>
      </div>
    </>
  );
}
