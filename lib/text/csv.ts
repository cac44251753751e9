const BOM = '\uFEFF';

// A cell that starts like a formula would run in Excel (CSV injection): prefix it with '.
function cell(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * "CSV UTF-8" as Excel opens it on Vietnamese Windows: a BOM so diacritics survive, CRLF line
 * ends, every field that needs it quoted.
 */
export function toCsv(headers: string[], rows: unknown[][]): string {
  return BOM + [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
