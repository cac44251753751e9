import { formatCount } from '@/lib/stats/display';
import { WEEKDAY_LABELS } from '@/lib/stats/export/sections';
import type { HeatCell } from '@/lib/stats/types';
import { ScrollRegion } from '@/components/ui/scroll-region';

const SHORT_DAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const SHADES = ['#f1f5f9', '#ccfbf1', '#5eead4', '#14b8a6', '#0f766e', '#134e4a'];

/**
 * Hour of day × weekday as a real table whose cells are tinted by count: sighted users read the
 * pattern, screen readers get row and column headers and the number in every cell.
 */
export function Heatmap({ cells }: { cells: HeatCell[] }) {
  const counts = new Map(cells.map((c) => [`${c.weekday}|${c.hour}`, c.count]));
  const max = Math.max(0, ...cells.map((c) => c.count));
  const shade = (n: number) => (n <= 0 || max <= 0 ? 0 : Math.min(SHADES.length - 1, 1 + Math.floor(((n - 1) / max) * (SHADES.length - 1))));
  return (
    <ScrollRegion label="Bảng lượt kiểm tra theo giờ và thứ">
      <table className="w-full table-fixed border-collapse text-[10px] leading-none">
        <caption className="sr-only">Số lượt kiểm tra theo thứ trong tuần (hàng) và giờ trong ngày (cột)</caption>
        <thead>
          <tr>
            <th scope="col" className="w-8 p-0 text-left font-medium text-slate-700"><span className="sr-only">Thứ</span></th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col" className="p-0 pb-1 text-center font-normal text-slate-700">
                <span aria-hidden="true">{h % 3 === 0 ? h : ''}</span>
                <span className="sr-only">{`${h} giờ`}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SHORT_DAYS.map((short, d) => (
            <tr key={short}>
              <th scope="row" className="pr-1 text-left font-medium text-slate-700">
                <abbr title={WEEKDAY_LABELS[d]} className="no-underline">{short}</abbr>
              </th>
              {Array.from({ length: 24 }, (_, h) => {
                const n = counts.get(`${d}|${h}`) ?? 0;
                const s = shade(n);
                return (
                  <td key={h} className="h-5 border border-white p-0" style={{ background: SHADES[s] }} title={`${WEEKDAY_LABELS[d]}, ${h}:00–${h}:59: ${formatCount(n)} lượt`}>
                    <span className="sr-only">{formatCount(n)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 flex flex-wrap items-center gap-1 text-xs text-slate-700">
        Ít
        {SHADES.map((c) => (
          <span key={c} aria-hidden="true" className="inline-block h-3 w-4 rounded-sm border border-slate-300" style={{ background: c }} />
        ))}
        nhiều (nhiều nhất {formatCount(max)} lượt trong một giờ)
      </p>
    </ScrollRegion>
  );
}
