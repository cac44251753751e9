import { contentDisposition } from './content-disposition';

// The one answer of every route that hands out a generated file (CSV, XLSX, PDF, DOCX, ZIP,
// vCard, open data): the type from the file's extension, the Vietnamese name that every browser
// saves correctly (see contentDisposition), `nosniff`, and signed-in data never cached. The CSV
// bytes themselves (BOM, CRLF, formula-safe cells) come from lib/text/spreadsheet.ts.

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  vcf: 'text/vcard; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const PRIVATE_NO_STORE = 'private, no-store';

export interface DownloadOptions {
  /** `inline` opens a PDF in the browser's viewer; the default saves the file. */
  disposition?: 'attachment' | 'inline';
  /** Defaults to private and never stored: most files hold what only the signed-in user may see. */
  cacheControl?: string;
  /** Anything else the route needs (CORS of the open data). */
  headers?: Record<string, string>;
}

/** The content type of a file we generate, from its name's extension. */
export function downloadType(fileName: string): string {
  const type = TYPES[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()];
  if (!type) throw new Error(`No download type for “${fileName}”.`);
  return type;
}

export function downloadHeaders(fileName: string, options: DownloadOptions = {}): Record<string, string> {
  return {
    'Content-Type': downloadType(fileName),
    'Content-Disposition': contentDisposition(fileName, options.disposition),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': options.cacheControl ?? PRIVATE_NO_STORE,
    ...options.headers,
  };
}

export function downloadResponse(body: string | Uint8Array | ReadableStream<Uint8Array>, fileName: string, options: DownloadOptions = {}): Response {
  // A Node Buffer is a Uint8Array over a shared pool: copy it into a plain one for the body.
  const bytes = typeof body === 'string' || body instanceof ReadableStream ? body : new Uint8Array(body);
  return new Response(bytes, { headers: downloadHeaders(fileName, options) });
}
