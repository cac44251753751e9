import { parse } from 'csv-parse/sync';
import { unsafeCell } from '@/lib/text/spreadsheet';

// Below the 1 MB body limit of server actions; 2,000 rows take about 300 KB.
export const CSV_MAX_BYTES = 900 * 1024;
export const CSV_MAX_ROWS = 2000;

export const NOT_UTF8_MESSAGE =
  'Tệp không ở dạng UTF-8 nên chữ có dấu sẽ bị lỗi. Trong Excel, chọn Tệp → Lưu thành → kiểu "CSV UTF-8 (Comma delimited) (*.csv)" rồi tải lên lại.';

export type CsvRead =
  | { ok: true; header: string[]; rows: { line: number; cells: string[] }[]; delimiter: ',' | ';' }
  | { ok: false; message: string };

/**
 * Bytes of an uploaded CSV to a header and rows with their line numbers. Accepts UTF-8 with or
 * without the BOM Excel writes, separated by `,` or `;` (Excel on Vietnamese Windows uses `;`).
 * Anything else is refused with a message that says which format to choose.
 */
export function readCsv(bytes: Uint8Array): CsvRead {
  if (bytes.length === 0) return { ok: false, message: 'Tệp trống.' };
  if (bytes.length > CSV_MAX_BYTES) return { ok: false, message: 'Tệp quá lớn (tối đa 900 KB). Hãy chia thành nhiều tệp.' };
  // UTF-16 (Excel's "Unicode Text") starts with FF FE or FE FF.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, message: NOT_UTF8_MESSAGE };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: NOT_UTF8_MESSAGE };
  }
  if (text.includes('\0')) return { ok: false, message: NOT_UTF8_MESSAGE };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `Tệp CSV sai cấu trúc${line ? ` ở dòng ${line}` : ''} (thường do dấu ngoặc kép chưa đóng).` };
  }
  const [head, ...body] = records.filter((r) => r.record.some((cell) => cell !== ''));
  if (!head) return { ok: false, message: 'Tệp trống.' };
  if (body.length === 0) return { ok: false, message: 'Tệp chỉ có dòng tiêu đề, chưa có chốt nào.' };
  if (body.length > CSV_MAX_ROWS) return { ok: false, message: `Tệp có ${body.length} dòng, quá giới hạn ${CSV_MAX_ROWS} dòng mỗi lần nhập.` };
  // An exported file comes back with its defused formulas: read them as they were typed.
  return { ok: true, header: head.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record.map(unsafeCell) })), delimiter };
}
