import { toCsv, type SheetValue } from '@/lib/text/spreadsheet';
import { formatPercent } from '../display';
import type { Cell, Section } from './sections';

// "CSV UTF-8" as Excel opens it on Vietnamese Windows: a BOM so diacritics survive, CRLF, and
// shares written as "85,3 %" (a bare 0.853 would be read as 853 where ',' is the decimal mark).

/** Columns whose header starts with "Tỉ lệ" hold shares in [0, 1]. */
export const isShareHeader = (header: string) => header.startsWith('Tỉ lệ');

function sectionRecords(section: Section): SheetValue[][] {
  const shares = section.headers.map(isShareHeader);
  return [
    [section.title],
    section.headers,
    ...section.rows.map((row) => row.map((v, i) => (shares[i] && typeof v === 'number' ? formatPercent(v) : shares[i] && v == null ? '' : v))),
  ];
}

/** One file: a heading block (what was filtered), then each section, separated by a blank line. */
export function sectionsToCsv(heading: Cell[][], sections: Section[], delimiter: ',' | ';' = ','): string {
  const records: SheetValue[][] = [...heading];
  for (const section of sections) records.push([], ...sectionRecords(section));
  return toCsv(records, { delimiter });
}
