import type { Actor } from '@/lib/auth/roles';
import { ForbiddenError } from '@/lib/auth/errors';
import { districtScope } from '@/lib/auth/permissions';
import { isDistrictCode } from '@/lib/geo/districts';
import { isUuid } from '@/lib/validation/ids';
import type { PassageEvidence, PassageMethod, PassageSource } from '@/lib/passages/aggregates';
import { addDays, dayCount, isDay, todayLocal } from './dates';
import type { StatsFilter } from './types';

export const STATS_METHODS = ['direct', 'officer_scan', 'citizen_scan'] as const satisfies readonly PassageMethod[];
export const STATS_SOURCES = ['bluezone', 'pc_covid', 'health_book', 'paper', 'vaccine_passport', 'none'] as const satisfies readonly PassageSource[];
export const STATS_EVIDENCE = ['self_declared', 'officer_seen', 'certificate_checked'] as const satisfies readonly PassageEvidence[];

/** Days shown when the URL names no range: the 30 local days ending today. */
export const DEFAULT_RANGE_DAYS = 30;
/** A longer range is cut to this many days ending at `to` (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | null =>
  v !== undefined && (values as readonly string[]).includes(v) ? (v as T) : null;

/**
 * The dashboard's filter from URL search params. Anything malformed is dropped (a shared link
 * with a typo still opens), a reversed range is swapped and a too long one cut. A district user
 * is pinned to their district: asking for another one is refused (403), not silently rewritten,
 * so a tampered URL is visible as such. Checkpoint ownership needs the database and is checked
 * by every query (see scope.ts).
 */
export function parseStatsFilter(actor: Actor, params: Params, now = new Date()): StatsFilter {
  const today = todayLocal(now);
  const fromParam = first(params.from);
  const toParam = first(params.to);
  let from = fromParam && isDay(fromParam) ? fromParam : null;
  let to = toParam && isDay(toParam) ? toParam : null;
  if (!to) to = from && from > today ? from : today;
  if (!from) from = addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  if (dayCount(from, to) > MAX_RANGE_DAYS) from = addDays(to, -(MAX_RANGE_DAYS - 1));

  const districtParam = first(params.district);
  let district = districtParam && isDistrictCode(districtParam) ? districtParam : null;
  const scope = districtScope(actor);
  if (actor.role === 'district') {
    if (district && district !== scope) throw new ForbiddenError('Bạn chỉ xem được số liệu của huyện mình.');
    district = scope;
  }
  const checkpoint = first(params.checkpoint);
  return {
    from, to, district,
    checkpointId: checkpoint && isUuid(checkpoint) ? checkpoint.toLowerCase() : null,
    method: oneOf(STATS_METHODS, first(params.method)),
    source: oneOf(STATS_SOURCES, first(params.source)),
    evidence: oneOf(STATS_EVIDENCE, first(params.evidence)),
  };
}

/** The filter as URL search params (the names parseStatsFilter reads); empty values left out. */
export function statsFilterToSearchParams(filter: StatsFilter): URLSearchParams {
  const params = new URLSearchParams();
  params.set('from', filter.from);
  params.set('to', filter.to);
  if (filter.district) params.set('district', filter.district);
  if (filter.checkpointId) params.set('checkpoint', filter.checkpointId);
  if (filter.method) params.set('method', filter.method);
  if (filter.source) params.set('source', filter.source);
  if (filter.evidence) params.set('evidence', filter.evidence);
  return params;
}
