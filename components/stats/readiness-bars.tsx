import { districtName } from '@/lib/geo/districts';
import { formatCount, share } from '@/lib/stats/display';
import { formatShare } from '@/lib/stats/percent';
import type { ReadinessRow } from '@/lib/stats/types';

/** Per district: how many checkpoints meet the letter's checklist, as a table with bars. */
export function ReadinessBars({ rows }: { rows: ReadinessRow[] }) {
  const total = rows.reduce((s, r) => ({ checkpoints: s.checkpoints + r.checkpoints, ready: s.ready + r.ready }), { checkpoints: 0, ready: 0 });
  return (
    <table className="table" data-section="Sẵn sàng của chốt">
      <caption className="sr-only">Số chốt đạt yêu cầu sẵn sàng theo huyện</caption>
      <thead>
        <tr>
          <th scope="col">Huyện</th>
          <th scope="col" className="text-right">Đạt / số chốt</th>
          <th scope="col" className="w-2/5">Tỉ lệ đạt</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const s = share(r.ready, r.checkpoints);
          return (
            <tr key={r.districtCode}>
              <th scope="row" className="border-b border-slate-200 bg-white font-medium">{districtName(r.districtCode)}</th>
              <td className="num text-right">{formatCount(r.ready)} / {formatCount(r.checkpoints)}</td>
              <td>
                <div className="flex items-center gap-2">
                  <div className="h-2.5 flex-1 rounded-full bg-slate-200" aria-hidden="true">
                    <div className="h-2.5 rounded-full bg-green-700" style={{ width: `${Math.round((s ?? 0) * 100)}%` }} />
                  </div>
                  <span className="num w-16 text-right">{formatShare(r.ready, r.checkpoints)}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
      {rows.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row" className="px-3 py-2 text-left">Cộng</th>
            <td className="num px-3 py-2 text-right font-semibold">{formatCount(total.ready)} / {formatCount(total.checkpoints)}</td>
            <td className="num px-3 py-2 text-right font-semibold">{formatShare(total.ready, total.checkpoints)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
