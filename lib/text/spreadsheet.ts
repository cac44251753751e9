import { stringify } from 'csv-stringify/sync';
import type { Row, Worksheet } from 'exceljs';

// The one writer of every CSV and XLSX the portal hands out. A text cell that starts like a
// formula (=, +, -, @, tab, CR, LF, or their full-width forms, which Excel also accepts) would run
// when a colleague opens the file (CSV injection): it gets a leading ' as OWASP recommends.
// Real numbers stay numbers, negative ones included, so sums still work.

export type SheetValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A value as it may safely sit in a spreadsheet cell. */
export function safeCell(value: SheetValue): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes safeCell for a cell read back from an exported file (the checkpoints import). */
export function unsafeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * "CSV UTF-8" as Excel opens it on Vietnamese Windows: a BOM so diacritics survive, CRLF line
 * ends, `,` or `;` (Excel set to the Vietnamese regional format); a field holding either separator is
 * quoted, so the file reads the same whichever one Excel expects.
 */
export function toCsv(records: SheetValue[][], { delimiter = ',' }: { delimiter?: ',' | ';' } = {}): string {
  return stringify(records.map((row) => row.map(safeCell)), { bom: true, delimiter, record_delimiter: 'windows', quoted_match: /[,;]/ });
}

/** Appends one row of safe cells to an ExcelJS sheet. */
export function addSheetRow(sheet: Worksheet, values: SheetValue[]): Row {
  return sheet.addRow(values.map(safeCell));
}
