import type { OpenData } from '@/lib/stats/open-data';
import type { OpenDataText } from './open-data-text';

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/**
 * Checks per day as stacked columns drawn on the server (no chart script on a public page):
 * valid at the bottom, the rest above. The SVG stretches to any width; its labels are HTML so
 * they keep their size on a phone. The table after it carries every number.
 */
export function DailyColumns({ daily, t, fmt }: { daily: OpenData['daily']; t: OpenDataText; fmt: (n: number) => string }) {
  const max = Math.max(1, ...daily.map((d) => d.checks));
  const height = 100;
  const mid = daily[Math.floor(daily.length / 2)];
  return (
    <figure className="my-3">
      <p className="num text-xs text-slate-600" aria-hidden="true">{fmt(max)}</p>
      <svg viewBox={`0 0 ${daily.length} ${height}`} preserveAspectRatio="none" className="h-48 w-full border-b border-l border-slate-400" role="img" aria-label={t.dailyChart(fmt(max))}>
        {daily.map((d, i) => {
          const total = (d.checks / max) * height;
          const valid = (d.validChecks / max) * height;
          return (
            <g key={d.day}>
              <rect x={i + 0.1} width={0.8} y={height - total} height={total - valid} className="fill-slate-400" />
              <rect x={i + 0.1} width={0.8} y={height - valid} height={valid} className="fill-green-700" />
            </g>
          );
        })}
      </svg>
      <div className="flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{dayLabel(daily[0].day)}</span>
        <span>{dayLabel(mid.day)}</span>
        <span>{dayLabel(daily.at(-1)!.day)}</span>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm">
        <span className="inline-flex items-center gap-1"><span className="inline-block h-3 w-3 rounded-sm bg-green-700" aria-hidden="true" />{t.legendValid}</span>
        <span className="inline-flex items-center gap-1"><span className="inline-block h-3 w-3 rounded-sm bg-slate-400" aria-hidden="true" />{t.legendOther}</span>
      </figcaption>
    </figure>
  );
}
