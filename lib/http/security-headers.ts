/** The page CSP: scripts only with this request's nonce (Next adds it to its own), no eval. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React and recharts set style attributes; attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Files and API answers are never documents to run: nothing loads, nothing frames them. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Route handlers under this prefix serve stored files and set the CSP themselves. */
export const FILES_PREFIX = '/api/files/';

/**
 * A stored file opened in the browser. Images and Office files: nothing may load or run
 * (the inline style only lets the browser centre an image). PDFs: the browser's own viewer must
 * run, which `default-src` would break (crbug 271452), so only framing is refused.
 */
export function fileContentSecurityPolicy(mime: string): string {
  return mime === 'application/pdf' ? "frame-ancestors 'none'" : "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";
}

export const HSTS = 'max-age=31536000; includeSubDomains';

type HeaderBag = { get(name: string): string | null };

export function isHttps(url: URL, headers: HeaderBag): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? url.protocol.replace(':', '')) === 'https';
}
