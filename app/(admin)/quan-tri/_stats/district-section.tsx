import Link from 'next/link';
import type { Actor } from '@/lib/auth/roles';
import { DISTRICTS, districtName } from '@/lib/geo/districts';
import { getDistrictTotals } from '@/lib/stats/overview';
import { formatCount, MAP_MEASURES, type MapMeasure } from '@/lib/stats/display';
import { formatShare } from '@/lib/stats/percent';
import type { StatsFilter } from '@/lib/stats/types';
import { ChartCard } from '@/components/stats/chart-card';
import { DistrictMap } from '@/components/stats/district-map';

/**
 * The map coloured by the chosen measure (?chiso=), with the numbers as a table beside it. The
 * measure links and the district links keep the rest of the filter.
 */
export async function DistrictSection({ actor, filter, measure, query, canPickDistrict }: {
  actor: Actor;
  filter: StatsFilter;
  measure: MapMeasure;
  query: URLSearchParams;
  canPickDistrict: boolean;
}) {
  const rows = await getDistrictTotals(actor, filter);
  const byCode = new Map(rows.map((r) => [r.districtCode, r]));
  const codes = filter.district ? [filter.district] : DISTRICTS.map((d) => d.code);
  const table = codes.map((code) => byCode.get(code) ?? { districtCode: code, total: 0, valid: 0, certified: 0 });
  // The map and the table drill down to the district's communes (same period).
  const drillHref = (code: string) => `/quan-tri/thong-ke/${code}?${new URLSearchParams({ from: filter.from, to: filter.to })}`;
  const withParam = (key: string, value: string) => {
    const q = new URLSearchParams(query);
    q.set(key, value);
    return `/quan-tri?${q}`;
  };
  const measures = (
    <nav aria-label="Tô màu bản đồ theo" className="mt-2 flex flex-wrap gap-2 text-sm">
      {MAP_MEASURES.map((m) => (
        <Link key={m.key} href={`${withParam('chiso', m.param)}#theo-huyen`} aria-current={m.key === measure ? 'true' : undefined}
          className={`inline-flex min-h-11 items-center rounded-full border px-3 ${m.key === measure ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-400 bg-white text-slate-900'}`}>
          {m.label}
        </Link>
      ))}
    </nav>
  );
  return (
    <ChartCard id="theo-huyen" title="Theo huyện" description={<>{measures}<p className="mt-2">Bấm vào một huyện trên bản đồ để xem từng xã, từng chốt{canPickDistrict ? <>; <Link href={`/quan-tri/thong-ke?${new URLSearchParams({ from: filter.from, to: filter.to })}`}>bảng theo huyện</Link></> : null}.</p></>} className="lg:col-span-2" empty={!rows.some((r) => r.total > 0)}>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <DistrictMap rows={rows} measure={measure} hrefOf={(code) => (canPickDistrict || code === filter.district ? drillHref(code) : null)} />
        <div className="overflow-x-auto">
          <table className="table" data-table="theo-huyen" data-section="Theo huyện">
            <caption className="sr-only">Lượt kiểm tra theo huyện</caption>
            <thead>
              <tr>
                <th scope="col">Huyện</th>
                <th scope="col" className="text-right">Tổng lượt</th>
                <th scope="col" className="text-right">Tỉ lệ hợp lệ</th>
                <th scope="col" className="text-right">Tỉ lệ có chứng nhận</th>
                <th scope="col"><span className="sr-only">Chi tiết</span></th>
              </tr>
            </thead>
            <tbody>
              {table.map((r) => (
                <tr key={r.districtCode}>
                  <th scope="row" className="border-b border-slate-200 bg-white font-medium">
                    {canPickDistrict && !filter.district ? <Link href={withParam('district', r.districtCode)}>{districtName(r.districtCode)}</Link> : districtName(r.districtCode)}
                  </th>
                  <td className="num text-right">{formatCount(r.total)}</td>
                  <td className="num text-right">{formatShare(r.valid, r.total)}</td>
                  <td className="num text-right">{formatShare(r.certified, r.total)}</td>
                  <td className="num"><Link href={drillHref(r.districtCode)} className="inline-flex min-h-11 items-center" aria-label={`Theo xã, ${districtName(r.districtCode)}`}>Theo xã</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </ChartCard>
  );
}
