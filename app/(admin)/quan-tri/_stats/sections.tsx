import type { Actor } from '@/lib/auth/roles';
import { getDailySeries, getHeatmap, getKpis, getReadinessByDistrict } from '@/lib/stats/overview';
import {
  bottomSection, dailySection, evidenceSection, methodSection, sourceSection, topSection,
} from '@/lib/stats/export/sections';
import { EVIDENCE_LABELS, METHOD_LABELS, SOURCE_LABELS } from '@/lib/stats/display';
import type { BreakdownRow, StatsFilter } from '@/lib/stats/types';
import { ChartCard } from '@/components/stats/chart-card';
import { KpiCards } from '@/components/stats/kpi-cards';
import { SectionTable } from '@/components/stats/section-table';
import { LazyBreakdownChart as BreakdownChart, LazyDailyChart as DailyChart } from '@/components/stats/lazy-charts';
import { Heatmap } from '@/components/stats/heatmap';
import { ReadinessBars } from '@/components/stats/readiness-bars';
import { breakdownsOf, rankingOf } from './cached';
import { ScrollRegion } from '@/components/ui/scroll-region';

interface Props {
  actor: Actor;
  filter: StatsFilter;
}

export async function KpiSection({ actor, filter }: Props) {
  const now = new Date();
  return <KpiCards kpis={await getKpis(actor, filter, now)} now={now} />;
}

export async function DailySection({ actor, filter }: Props) {
  const daily = await getDailySeries(actor, filter);
  return (
    <ChartCard id="theo-ngay" title="Theo ngày" description="Lượt kiểm tra mỗi ngày, chia theo kết quả." className="lg:col-span-2"
      empty={!daily.some((d) => d.total > 0)} table={<SectionTable section={dailySection(daily)} caption="Lượt kiểm tra theo ngày và kết quả" />}>
      <DailyChart data={daily} />
    </ChartCard>
  );
}

const bars = <K extends string>(rows: BreakdownRow<K>[], labels: Record<K, string>) =>
  rows.map((r) => ({ label: labels[r.key] ?? r.key, valid: r.valid, other: r.total - r.valid }));

export async function BreakdownSection({ actor, filter, kind }: Props & { kind: 'method' | 'source' | 'evidence' }) {
  const b = await breakdownsOf(actor, filter);
  const card = {
    method: { id: 'theo-cach', title: 'Theo cách kiểm tra', rows: bars(b.byMethod, METHOD_LABELS), section: methodSection(b.byMethod), empty: !b.byMethod.some((r) => r.total), note: undefined },
    source: { id: 'theo-nguon', title: 'Theo nguồn chứng nhận', rows: bars(b.bySource, SOURCE_LABELS), section: sourceSection(b.bySource), empty: !b.bySource.some((r) => r.total), note: undefined },
    evidence: {
      id: 'theo-bang-chung', title: 'Theo bằng chứng', rows: bars(b.byEvidence, EVIDENCE_LABELS), section: evidenceSection(b.byEvidence), empty: !b.byEvidence.some((r) => r.total),
      note: '“Tự khai”: người dân tự khai báo khi quét mã của chốt; tách riêng với lượt cán bộ xem trực tiếp và lượt máy chủ đã kiểm chứng nhận.',
    },
  }[kind];
  return (
    <ChartCard id={card.id} title={card.title} description={card.note} empty={card.empty} table={<SectionTable section={card.section} />}>
      <BreakdownChart rows={card.rows} title={card.title} />
    </ChartCard>
  );
}

export async function HeatmapSection({ actor, filter }: Props) {
  const cells = await getHeatmap(actor, filter);
  return (
    <ChartCard id="theo-gio" title="Theo giờ và thứ" description="Màu càng đậm, càng nhiều lượt kiểm tra trong giờ đó (giờ Việt Nam)." empty={!cells.some((c) => c.count > 0)} className="lg:col-span-2">
      <Heatmap cells={cells} />
    </ChartCard>
  );
}

export async function ReadinessSection({ actor, filter }: Props) {
  const rows = (await getReadinessByDistrict(actor)).filter((r) => !filter.district || r.districtCode === filter.district);
  return (
    <ChartCard id="san-sang" title="Sẵn sàng của chốt" description="Chốt đang hoạt động hoặc tạm dừng có đủ điện thoại thông minh, 3G/4G, mã QR địa điểm và ứng dụng kiểm tra." empty={!rows.some((r) => r.checkpoints)}>
      <ReadinessBars rows={rows} />
    </ChartCard>
  );
}

export async function RankingSection({ actor, filter }: Props) {
  const { top, bottom } = await rankingOf(actor, filter);
  const hide = filter.district ? ['Huyện'] : [];
  return (
    <ChartCard id="xep-hang" title="Chốt nhiều và ít lượt nhất" empty={!top.length}>
      <h3 className="mb-1 text-sm font-semibold">Nhiều lượt nhất</h3>
      <ScrollRegion label="Bảng chốt nhiều lượt nhất"><SectionTable section={topSection(top)} hideColumns={hide} /></ScrollRegion>
      <h3 className="mb-1 mt-4 text-sm font-semibold">Ít lượt nhất</h3>
      <ScrollRegion label="Bảng chốt ít lượt nhất"><SectionTable section={bottomSection(bottom)} hideColumns={hide} /></ScrollRegion>
    </ChartCard>
  );
}
