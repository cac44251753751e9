import 'server-only';
import { getStorage } from '@/lib/storage';
import { NotFoundError } from '@/lib/auth/errors';
import { contentDisposition } from './content-disposition';
import { parseRange } from './range';
import { fileContentSecurityPolicy } from './security-headers';

export interface ServedFile {
  key: string;
  name: string;
  mime: string;
  sha256: string;
}

export interface ServeOptions {
  disposition: 'inline' | 'attachment';
  /** Public files may be cached (and revalidated); anything else is private and never stored. */
  visibility: 'public' | 'private';
}


/**
 * Answers GET/HEAD for a stored file (routes under /api/files/, see FILES_PREFIX): the stored content type, `nosniff`, the Vietnamese
 * download name (RFC 6266/5987 with an ASCII fallback), ETag revalidation and one-range
 * requests (206, 416), streaming from storage without loading the file into memory.
 */
export async function fileResponse(req: Request, file: ServedFile, options: ServeOptions): Promise<Response> {
  const size = await getStorage().size(file.key);
  if (size == null) throw new NotFoundError('Tệp của tài liệu này không còn trên máy chủ.');
  const etag = `"${file.sha256.slice(0, 32)}"`;
  const headers = new Headers({
    'Content-Type': file.mime,
    'Content-Disposition': contentDisposition(file.name, options.disposition),
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    ETag: etag,
    // no-transform: a proxy or compressor must not re-encode bytes that Range offsets point into.
    'Cache-Control': options.visibility === 'public' ? 'public, no-cache, no-transform' : 'private, no-store, no-transform',
    'Content-Security-Policy': fileContentSecurityPolicy(file.mime),
  });
  if (req.headers.get('if-none-match')?.split(',').some((t) => t.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  // If-Range with another version's tag: the client's partial copy is stale, send everything.
  const ifRange = req.headers.get('if-range');
  const range = parseRange(ifRange && ifRange !== etag ? null : req.headers.get('range'), size);
  if (range.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`);
    headers.delete('Content-Disposition');
    return new Response(null, { status: 416, headers });
  }
  const partial = range.kind === 'partial' ? range : null;
  const length = partial ? partial.end - partial.start + 1 : size;
  headers.set('Content-Length', String(length));
  if (partial) headers.set('Content-Range', `bytes ${partial.start}-${partial.end}/${size}`);
  const status = partial ? 206 : 200;
  if (req.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
  const body = await getStorage().read(file.key, partial ?? undefined);
  return new Response(body, { status, headers });
}

/** Whether this request fetches the file from its first byte: what counts as one download. */
export function isFirstByteRequest(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const range = req.headers.get('range');
  return !range || /^bytes=\s*0\s*-/i.test(range.trim());
}
