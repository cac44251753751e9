import { formatCount } from '@/lib/stats/display';
import { formatShareOf, isShare } from '@/lib/stats/percent';
import type { Cell, Section } from '@/lib/stats/export/sections';

// Names keep a readable width (never one word per line on a phone); the card scrolls instead.
const TEXT_CELL = 'min-w-28';

/**
 * A section (the same rows the CSV and XLSX exports write) as an HTML table: counts with
 * Vietnamese digit grouping, shares by the one percentage formatter, the first column as the row
 * header. Numbers never wrap (.num).
 */
export function SectionTable({ section, caption, hideColumns = [] }: { section: Section; caption?: string; hideColumns?: string[] }) {
  const shown = section.headers.map((h, i) => [h, i] as const).filter(([h]) => !hideColumns.includes(h));
  const cell = (value: Cell) => {
    if (typeof value === 'number') return formatCount(value);
    if (isShare(value)) return formatShareOf(value);
    return value ?? '';
  };
  const numeric = (value: Cell) => typeof value === 'number' || isShare(value);
  return (
    <table className="table" data-section={section.title}>
      <caption className="sr-only">{caption ?? section.title}</caption>
      <thead>
        <tr>
          {shown.map(([h]) => (
            <th key={h} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {section.rows.map((row, r) => (
          <tr key={r}>
            {shown.map(([h, i], c) =>
              c === 0 ? (
                <th key={h} scope="row" className={`border-b border-slate-200 bg-white font-medium ${numeric(row[i]) ? 'num' : TEXT_CELL}`}>{cell(row[i])}</th>
              ) : (
                <td key={h} className={numeric(row[i]) ? 'num text-right' : TEXT_CELL}>{cell(row[i])}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {section.footer && (
        <tfoot>
          <tr className="font-semibold">
            {shown.map(([h, i], c) =>
              c === 0 ? (
                <th key={h} scope="row">{cell(section.footer![i])}</th>
              ) : (
                <td key={h} className={numeric(section.footer![i]) ? 'num text-right' : TEXT_CELL}>{cell(section.footer![i])}</td>
              ),
            )}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
