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
 *
 * A lookup in flight is shared: a batch prepares its items concurrently, so without this every
 * expiry sent one query per item (100 per batch, times every batch in flight) for the same token,
 * which was most of a batch's cost in the benchmark's profile.
 */
export function cachedPosterResolver(resolve: PosterResolver): PosterResolver {
  const cache = new Map<string, { resolution: Promise<PosterResolution>; until: number }>();
  return (token) => {
    const now = Date.now();
    const hit = cache.get(token);
    if (hit && hit.until > now) return hit.resolution;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const entry = { resolution: resolve(token), until: Number.POSITIVE_INFINITY };
    cache.set(token, entry);
    const forget = () => {
      if (cache.get(token) === entry) cache.delete(token);
    };
    entry.resolution.then((resolution) => {
      if (resolution.ok) entry.until = Date.now() + TTL_MS;
      else forget();
    }, forget);
    return entry.resolution;
  };
}

/** What the check-in endpoints use: the contract's resolver behind the short cache. */
export const checkInPosterResolver: PosterResolver = cachedPosterResolver(resolvePosterToken);
