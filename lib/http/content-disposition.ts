import { displayName } from '@/lib/text/clean-text';
import { foldVietnamese } from '@/lib/text/fold';

/** Characters no file system or browser accepts in a saved file's name, and bidi controls (a name stored before they were refused). */
export function safeFileName(name: string): string {
  return displayName(name).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Áp phích Chốt Dốc Sỏi.pdf" → "ap-phich-chot-doc-soi.pdf", for clients that ignore `filename*`. */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const folded = foldVietnamese(base).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${folded || 'tep'}${ext.toLowerCase()}`;
}

/**
 * A Content-Disposition every browser saves correctly: an ASCII `filename` fallback plus the
 * Vietnamese name in RFC 5987 `filename*=UTF-8''…` (RFC 6266), which current browsers prefer.
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const clean = safeFileName(name);
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFileName(clean)}"; filename*=UTF-8''${encoded}`;
}
