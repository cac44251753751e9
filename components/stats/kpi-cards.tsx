import { formatDate, formatDateTime } from '@/lib/text/format';
import { formatCount } from '@/lib/stats/display';
import { changeOf, formatShare, formatShareOf, pointChangeOf, shareOf, type Share } from '@/lib/stats/percent';
import type { Kpis, PeriodTotals, Totals } from '@/lib/stats/types';

function Kpi({ id, label, value, detail, trend }: { id: string; label: string; value: string; detail: string; trend: string }) {
  return (
    <div className="card min-w-0" data-kpi={id}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="num mt-1 text-2xl font-bold text-slate-900" data-kpi-value>{value}</dd>
      <dd className="mt-1 text-xs text-slate-600" data-kpi-detail>{detail}</dd>
      <dd className="text-xs text-slate-700" data-kpi-trend>{trend}</dd>
    </div>
  );
}

const span = (p: PeriodTotals) => (p.from === p.to ? formatDate(p.from) : `${formatDate(p.from)} – ${formatDate(p.to)}`);
/** The period, and "chưa hết kỳ" with the time the numbers stop at when it has not ended. */
const periodText = (p: PeriodTotals, now: Date) => `${span(p)}${p.unfinished ? ` · chưa hết kỳ, số liệu đến ${formatDateTime(now).slice(0, 5)}` : ''}`;

/** "giảm 94,3 % so với cùng giờ hôm qua (00:00–06:00): 2 so với 35 lượt", or why there is nothing to compare. */
function trendText(p: PeriodTotals, change: (a: Totals, b: Totals) => string | null, counts: (a: Totals, b: Totals) => string): string {
  const k = p.comparison;
  if (!k.windows) return `Chưa so sánh: ${k.label}`;
  const text = change(k.current, k.previous);
  const what = `${k.label}: ${counts(k.current, k.previous)}`;
  return text == null ? `Không có lượt nào để so sánh (${what})` : `${text.charAt(0).toUpperCase()}${text.slice(1)} ${what}`;
}

const written = (s: Share | null) => (s ? formatShareOf(s) : null);
const countTrend = (p: PeriodTotals) =>
  trendText(p, (a, b) => written(changeOf(a.total, b.total)), (a, b) => `${formatCount(a.total)} so với ${formatCount(b.total)} lượt`);
const shareTrend = (p: PeriodTotals, key: 'valid' | 'certified') =>
  trendText(
    p,
    (a, b) => written(pointChangeOf(shareOf(a[key], a.total), shareOf(b[key], b.total))),
    (a, b) => `${formatShare(a[key], a.total)} so với ${formatShare(b[key], b.total)}`,
  );

/**
 * The headline numbers: today, 7 and 30 days ending now, the filter's own range and its shares.
 * An unfinished period says so and is compared with the same elapsed span of the period before.
 */
export function KpiCards({ kpis, now }: { kpis: Kpis; now: Date }) {
  const r = kpis.range;
  const countKpi = (id: string, label: string, p: PeriodTotals) => (
    <Kpi id={id} label={label} value={formatCount(p.current.total)} detail={periodText(p, now)} trend={countTrend(p)} />
  );
  return (
    <section aria-labelledby="chi-so-chinh" className="mb-4">
      <h2 id="chi-so-chinh" className="sr-only">Chỉ số chính</h2>
      <dl className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-6">
        {countKpi('today', 'Hôm nay', kpis.today)}
        {countKpi('last7', '7 ngày qua', kpis.last7)}
        {countKpi('last30', '30 ngày qua', kpis.last30)}
        {countKpi('range', 'Trong khoảng đã chọn', r)}
        <Kpi
          id="valid-share" label="Tỉ lệ hợp lệ" value={formatShare(r.current.valid, r.current.total)}
          detail={`${formatCount(r.current.valid)} lượt hợp lệ trong khoảng đã chọn`} trend={shareTrend(r, 'valid')}
        />
        <Kpi
          id="certified-share" label="Có chứng nhận đã kiểm" value={formatShare(r.current.certified, r.current.total)}
          detail={`${formatCount(r.current.certified)} lượt được máy chủ kiểm chứng nhận`} trend={shareTrend(r, 'certified')}
        />
      </dl>
    </section>
  );
}

export function KpiSkeleton() {
  return (
    <section aria-busy="true" className="mb-4">
      <p className="sr-only" role="status">Đang tải chỉ số chính…</p>
      <div className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="card h-[7.5rem] animate-pulse bg-slate-100" />
        ))}
      </div>
    </section>
  );
}
