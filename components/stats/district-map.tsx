import { quangNgaiMap } from '@/lib/geo/district-map-data';
import { districtName } from '@/lib/geo/districts';
import {
  formatCount, formatMeasure, MAP_MEASURES, MAP_STEPS, measureValue, NO_DATA_COLOUR, stepOf, type MapMeasure,
} from '@/lib/stats/display';
import { formatShare } from '@/lib/stats/percent';
import type { DistrictRow } from '@/lib/stats/types';

function legendLabels(measure: MapMeasure, max: number): string[] {
  const n = MAP_STEPS.length;
  return MAP_STEPS.map((_, i) =>
    measure === 'total'
      ? `${formatCount(Math.ceil((i * max) / n))} – ${formatCount(Math.floor(((i + 1) * max) / n))}`
      : `${formatShare(i, n)} – ${formatShare(i + 1, n)}`,
  );
}

// A label inside each shape: the name without "Huyện"/"Thị xã"/"Thành phố" (which the legend's reader knows).
const shortName = (name: string) => name.replace(/^(Huyện|Thị xã|Thành phố) /, '');

/**
 * The districts drawn server-side as SVG, coloured by one measure (light = low, dark = high) and
 * named on the map. Without `hrefOf` the picture is one image (the table beside it carries the
 * numbers); with it each district is a link (name and value as its accessible name) that drills down.
 */
export function DistrictMap({ rows, measure, id = 'ban-do', hrefOf, named = !!hrefOf }: { rows: DistrictRow[]; measure: MapMeasure; id?: string; hrefOf?: (code: string) => string | null; named?: boolean }) {
  const map = quangNgaiMap();
  const byCode = new Map(rows.map((r) => [r.districtCode, r]));
  const valueOf = (code: string) => {
    const row = byCode.get(code);
    return row && row.total > 0 ? measureValue(row, measure) : null;
  };
  const max = measure === 'total' ? Math.max(0, ...rows.map((r) => r.total)) : 1;
  const label = MAP_MEASURES.find((m) => m.key === measure)!.label;
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full max-w-[28rem]" role={hrefOf ? 'group' : 'img'} aria-labelledby={`${id}-ten ${id}-mo-ta`}>
        <title id={`${id}-ten`}>{`Bản đồ các huyện tỉnh Quảng Ngãi theo ${label.toLowerCase()}`}</title>
        <desc id={`${id}-mo-ta`}>Số liệu của từng huyện có trong bảng bên cạnh.</desc>
        {map.shapes.map((s) => {
          const frame = map.inset?.code === s.code && (
            <g key={`${s.code}-khung`}>
              <rect x={map.inset.x} y={map.inset.y} width={map.inset.width} height={map.inset.height} fill="#f8fafc" stroke="#64748b" strokeDasharray="3 2" />
              <text x={map.inset.x + map.inset.width / 2} y={map.inset.y + map.inset.height - 4} fontSize="9" textAnchor="middle" fill="#334155">Lý Sơn</text>
            </g>
          );
          const value = valueOf(s.code);
          const step = stepOf(value, max);
          const name = districtName(s.code) || s.name;
          const said = `${name}: ${value == null ? 'chưa có số liệu' : formatMeasure(byCode.get(s.code)!, measure)}`;
          // White text only on the two darkest steps: on the middle blue it would fall under 4.5:1.
          const dark = step >= 3;
          const shape = (
            <g key={s.code}>
              <path d={s.path} fill={step < 0 ? NO_DATA_COLOUR : MAP_STEPS[step]} stroke="#ffffff" strokeWidth="1" strokeLinejoin="round" data-district={s.code}>
                <title>{said}</title>
              </path>
              {named && s.code !== map.inset?.code && (
                <text x={s.cx} y={s.cy} fontSize="8" textAnchor="middle" dominantBaseline="middle" fill={dark ? '#ffffff' : '#0f172a'} aria-hidden="true" pointerEvents="none">{shortName(name)}</text>
              )}
            </g>
          );
          const href = hrefOf?.(s.code);
          return [frame, href ? <a key={`${s.code}-link`} href={href} aria-label={said} className="focus:outline-none [&:focus-visible_path]:stroke-amber-500 [&:focus-visible_path]:[stroke-width:3]">{shape}</a> : shape];
        })}
      </svg>
      <figcaption className="mt-2">
        <span className="text-sm font-medium">{label}</span>
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
          {legendLabels(measure, max).map((text, i) => (
            <li key={text + i} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm border border-slate-300" style={{ background: MAP_STEPS[i] }} />
              {text}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm border border-slate-300" style={{ background: NO_DATA_COLOUR }} />
            chưa có số liệu
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
