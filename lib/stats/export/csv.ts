import { toCsv, type SheetValue } from '@/lib/text/spreadsheet';
import { formatShareOf, isShare } from '../percent';
import type { Cell, Section } from './sections';

// "CSV UTF-8" as Excel opens it on Vietnamese Windows (the one spreadsheet writer), with shares
// written exactly as the dashboard writes them, "85,3 %", by the one percentage formatter (a
// bare 0.853 would be read as 853 where ',' is the decimal mark).

const written = (value: Cell): SheetValue => (isShare(value) ? (value.whole > 0 ? formatShareOf(value) : '') : value);

function sectionRecords(section: Section): SheetValue[][] {
  return [[section.title], section.headers, ...section.rows.map((row) => row.map(written))];
}

/** One file: a heading block (what was filtered), then each section, separated by a blank line. */
export function sectionsToCsv(heading: Cell[][], sections: Section[], delimiter: ',' | ';' = ','): string {
  const records: SheetValue[][] = heading.map((row) => row.map(written));
  for (const section of sections) records.push([], ...sectionRecords(section));
  return toCsv(records, { delimiter });
}
