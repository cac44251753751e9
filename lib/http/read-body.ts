/**
 * The one way a route handler reads a request body: at most `maxBytes`, refusing early from a
 * declared Content-Length and otherwise counting the bytes as they stream in and cancelling the
 * stream the moment the limit is passed, so a chunked (length-less) body is never read whole
 * before its size is known. Answers null when the body is too large. Also reads a fetch Response.
 */
export async function readBodyLimited(req: Pick<Request, 'headers' | 'body'>, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await req.body?.cancel().catch(() => {});
    return null;
  }
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, or null when it is larger than `maxBytes`. */
export async function readTextLimited(req: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBodyLimited(req, maxBytes);
  return bytes && new TextDecoder().decode(bytes);
}
