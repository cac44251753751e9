type HeaderBag = { get(name: string): string | null };

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry. Next adds
 * the socket address only when the header is absent, so deploy behind a proxy that sets it
 * (README: HTTPS section); per-IP limits are a ceiling, per-account limits do the real work.
 */
export function clientIp(headers: HeaderBag): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get('x-real-ip') || null;
}
