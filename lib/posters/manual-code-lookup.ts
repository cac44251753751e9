import 'server-only';
import { takeRateLimits } from '@/lib/http/rate-limit';
import { normalizeManualCode } from './manual-code';
import { resolveManualCode, type PosterResolution } from './resolve';

// A hit yields a valid poster token, so guessing is limited per client. Only well-formed codes
// count: a typo of the wrong length never reaches the database. 20 a minute leaves room for many
// citizens behind one carrier address (CGNAT) and makes guessing ~800 million codes hopeless.
export const MANUAL_CODE_LIMIT = 20;

export type ManualCodeLookup = PosterResolution | { ok: false; reason: 'rate_limited'; retryAfterS: number };

/** Public: the checkpoint a typed code belongs to, for one client (its address), within the limit. */
export async function lookUpManualCode(typed: string, client: string | null): Promise<ManualCodeLookup> {
  if (!normalizeManualCode(typed)) return { ok: false, reason: 'malformed' };
  const taken = await takeRateLimits([{ key: `manual-code:${client ?? 'unknown'}`, max: MANUAL_CODE_LIMIT }]);
  if (!taken.ok) return { ok: false, reason: 'rate_limited', retryAfterS: taken.retryAfterS };
  return resolveManualCode(typed);
}
