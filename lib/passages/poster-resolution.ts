import 'server-only';
import { resolvePosterToken, type PosterResolution } from '@/lib/posters/resolve';

export type PosterResolver = (token: string) => Promise<PosterResolution>;

const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers valid tokens for a few seconds: a checkpoint's citizens all scan the same poster, so
 * this saves a query per check-in. The price: a rotated (revoked) poster or a paused checkpoint
 * still checks in for at most TTL_MS in processes that resolved it just before. Refusals are not
 * cached (forgeries are refused by the HMAC without a query anyway).
 */
export function cachedPosterResolver(resolve: PosterResolver): PosterResolver {
  const cache = new Map<string, { resolution: PosterResolution; until: number }>();
  return async (token) => {
    const now = Date.now();
    const hit = cache.get(token);
    if (hit && hit.until > now) return hit.resolution;
    const resolution = await resolve(token);
    if (resolution.ok) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(token, { resolution, until: now + TTL_MS });
    } else {
      cache.delete(token);
    }
    return resolution;
  };
}

/** What the check-in endpoints use: the contract's resolver behind the short cache. */
export const checkInPosterResolver: PosterResolver = cachedPosterResolver(resolvePosterToken);
