import { formatDate } from '@/lib/text/format';
import { change, formatChange, formatCount, formatPercent, formatPointChange, share } from '@/lib/stats/display';
import type { Kpis, PeriodTotals } from '@/lib/stats/types';

function Kpi({ id, label, value, detail, trend }: { id: string; label: string; value: string; detail: string; trend: string }) {
  return (
    <div className="card" data-kpi={id}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900" data-kpi-value>{value}</dd>
      <dd className="mt-1 text-xs text-slate-600">{detail}</dd>
      <dd className="text-xs text-slate-700">So với kỳ trước: {trend}</dd>
    </div>
  );
}

const span = (p: PeriodTotals) => (p.from === p.to ? formatDate(p.from) : `${formatDate(p.from)} – ${formatDate(p.to)}`);
const countKpi = (id: string, label: string, p: PeriodTotals) => (
  <Kpi id={id} label={label} value={formatCount(p.current.total)} detail={span(p)} trend={formatChange(change(p.current.total, p.previous.total))} />
);

/** The headline numbers: fixed windows ending today, then the filter's own range and its shares. */
export function KpiCards({ kpis }: { kpis: Kpis }) {
  const r = kpis.range;
  const validNow = share(r.current.valid, r.current.total);
  const certifiedNow = share(r.current.certified, r.current.total);
  return (
    <section aria-labelledby="chi-so-chinh" className="mb-4">
      <h2 id="chi-so-chinh" className="sr-only">Chỉ số chính</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {countKpi('today', 'Hôm nay', kpis.today)}
        {countKpi('last7', '7 ngày qua', kpis.last7)}
        {countKpi('last30', '30 ngày qua', kpis.last30)}
        {countKpi('range', 'Trong khoảng đã chọn', r)}
        <Kpi
          id="valid-share" label="Tỉ lệ hợp lệ" value={formatPercent(validNow)}
          detail={`${formatCount(r.current.valid)} lượt hợp lệ`}
          trend={formatPointChange(validNow, share(r.previous.valid, r.previous.total))}
        />
        <Kpi
          id="certified-share" label="Có chứng nhận đã kiểm" value={formatPercent(certifiedNow)}
          detail={`${formatCount(r.current.certified)} lượt được máy chủ kiểm chứng nhận`}
          trend={formatPointChange(certifiedNow, share(r.previous.certified, r.previous.total))}
        />
      </dl>
    </section>
  );
}

export function KpiSkeleton() {
  return (
    <section aria-busy="true" className="mb-4">
      <p className="sr-only" role="status">Đang tải chỉ số chính…</p>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="card h-[7.5rem] animate-pulse bg-slate-100" />
        ))}
      </div>
    </section>
  );
}
