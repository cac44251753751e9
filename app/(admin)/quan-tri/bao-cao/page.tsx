import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { ForbiddenError } from '@/lib/auth/errors';
import { DISTRICTS } from '@/lib/geo/districts';
import { parseStatsFilter, statsFilterToSearchParams } from '@/lib/stats/filter';
import { getOverview } from '@/lib/stats/overview';
import { neighbourDays, reportComparison, reportPeriod } from '@/lib/stats/report-period';
import { localDay } from '@/lib/text/format';
import { PrintButton } from '@/components/stats/print-button';
import { StatsReport } from '@/components/stats/stats-report';

export const metadata: Metadata = { title: 'Báo cáo thống kê' };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /quan-tri/bao-cao?ky=tuan|thang&ngay=yyyy-mm-dd[&district=…]: a week or a month, printable on A4. */
export default async function StatsReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('stats.view', undefined, '/quan-tri/bao-cao');
  const params = await searchParams;
  const now = new Date();
  const period = reportPeriod(one(params.ky), one(params.ngay), localDay(now));
  let filter;
  try {
    filter = parseStatsFilter(actor, { from: period.from, to: period.to, district: one(params.district) }, now);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  const overview = await getOverview(actor, filter, now, reportComparison(period));
  const fixedDistrict = actor.role === 'district';
  const hrefFor = (ngay: string) => `/quan-tri/bao-cao?${new URLSearchParams({ ky: period.kind, ngay, ...(filter.district && !fixedDistrict ? { district: filter.district } : {}) })}`;
  const { previous, next } = neighbourDays(period);
  const query = statsFilterToSearchParams(overview.filter).toString();
  // The exports of the report compare like the report (with the calendar week or month before).
  const exportQuery = `${query}&ky=${period.kind}`;
  // The Decree 30 report takes the page's own query: the same period and district.
  const reportQuery = new URLSearchParams({ ky: period.kind, ngay: period.from, ...(filter.district ? { district: filter.district } : {}) }).toString();
  const link = 'inline-flex min-h-11 items-center px-2 font-semibold';
  return (
    <>
      <div className="no-print mb-4 space-y-3">
        <p><Link href={`/quan-tri?${query}`}>← Về tổng quan với cùng khoảng thời gian</Link></p>
        <form method="get" action="/quan-tri/bao-cao" className="card flex flex-wrap items-end gap-3" aria-label="Chọn kỳ báo cáo">
          <div>
            <label htmlFor="bc-ky" className="label">Kỳ báo cáo</label>
            <select id="bc-ky" name="ky" defaultValue={period.kind} className="input">
              <option value="tuan">Tuần</option>
              <option value="thang">Tháng</option>
            </select>
          </div>
          <div>
            <label htmlFor="bc-ngay" className="label">Ngày trong kỳ</label>
            <input id="bc-ngay" name="ngay" type="date" defaultValue={period.from} className="input" />
          </div>
          {!fixedDistrict && (
            <div>
              <label htmlFor="bc-huyen" className="label">Huyện</label>
              <select id="bc-huyen" name="district" defaultValue={filter.district ?? ''} className="input">
                <option value="">Toàn tỉnh</option>
                {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
              </select>
            </div>
          )}
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold">Xem kỳ này</button>
          <PrintButton />
        </form>
        <nav aria-label="Kỳ khác" className="flex flex-wrap gap-2 text-sm">
          <Link href={hrefFor(previous)} className={link}>← {period.kind === 'tuan' ? 'Tuần trước' : 'Tháng trước'}</Link>
          <Link href={hrefFor(next)} className={link}>{period.kind === 'tuan' ? 'Tuần sau' : 'Tháng sau'} →</Link>
          <a href={`/api/stats/csv?${exportQuery}`} className={link} download>Tải CSV của kỳ</a>
          <a href={`/api/stats/xlsx?${exportQuery}`} className={link} download>Tải Excel của kỳ</a>
          <a href={`/api/stats/report/pdf?${reportQuery}`} className={link} download>Tải báo cáo PDF (thể thức Nghị định 30)</a>
          <a href={`/api/stats/report/docx?${reportQuery}`} className={link} download>Tải báo cáo Word (DOCX)</a>
        </nav>
      </div>
      <StatsReport overview={overview} period={period} madeAt={now} />
    </>
  );
}
