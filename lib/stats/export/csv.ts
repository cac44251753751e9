import { stringify } from 'csv-stringify/sync';
import { formatPercent } from '../display';
import type { Cell, Section } from './sections';

// "CSV UTF-8" as Excel opens it on Vietnamese Windows: a BOM so diacritics survive, CRLF, and
// shares written as "85,3 %" (a bare 0.853 would be read as 853 where ',' is the decimal mark).

/** Columns whose header starts with "Tỉ lệ" hold shares in [0, 1]. */
export const isShareHeader = (header: string) => header.startsWith('Tỉ lệ');

// A cell that starts like a formula would run in Excel (CSV injection): prefix it with '.
function safe(value: Cell): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function sectionRecords(section: Section): (string | number)[][] {
  const shares = section.headers.map(isShareHeader);
  return [
    [section.title],
    section.headers,
    ...section.rows.map((row) => row.map((v, i) => (shares[i] && typeof v === 'number' ? formatPercent(v) : shares[i] && v == null ? '' : safe(v)))),
  ];
}

/** One file: a heading block (what was filtered), then each section, separated by a blank line. */
export function sectionsToCsv(heading: Cell[][], sections: Section[], delimiter: ',' | ';' = ','): string {
  const records: (string | number)[][] = [...heading.map((row) => row.map(safe))];
  for (const section of sections) records.push([], ...sectionRecords(section));
  return stringify(records, { bom: true, delimiter, record_delimiter: 'windows' });
}
