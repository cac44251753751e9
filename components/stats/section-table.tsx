import { formatCount, formatPercent } from '@/lib/stats/display';
import { isShareHeader } from '@/lib/stats/export/csv';
import type { Section } from '@/lib/stats/export/sections';

/**
 * A section (the same rows the CSV and XLSX exports write) as an HTML table: counts with
 * Vietnamese digit grouping, shares as percentages, the first column as the row header.
 */
export function SectionTable({ section, caption, hideColumns = [] }: { section: Section; caption?: string; hideColumns?: string[] }) {
  const shown = section.headers.map((h, i) => [h, i] as const).filter(([h]) => !hideColumns.includes(h));
  const cell = (value: unknown, header: string) => {
    if (typeof value === 'number') return isShareHeader(header) ? formatPercent(value) : formatCount(value);
    if (value == null) return isShareHeader(header) ? '—' : '';
    return String(value);
  };
  return (
    <table className="table">
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
                <th key={h} scope="row" className="border-b border-slate-200 bg-white font-medium">{cell(row[i], h)}</th>
              ) : (
                <td key={h} className={typeof row[i] === 'number' ? 'text-right tabular-nums' : ''}>{cell(row[i], h)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
