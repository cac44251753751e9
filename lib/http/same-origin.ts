type HeaderBag = { get(name: string): string | null };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers send Origin (and Sec-Fetch-Site) on every cross-site write; refuse those. Requests
 * without either come from non-browser clients (scripts, the benchmark), which CSRF cannot forge.
 */
export function isCrossOriginWrite(method: string, headers: HeaderBag): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
