import { DEFAULT_TRUST_LIST_MAX_AGE_HOURS } from '@/lib/console/trust-cache';

/**
 * How old a console's copy of the trust list may be before the officer is warned
 * (`TRUST_LIST_MAX_AGE_HOURS`, default 24): signers withdrawn since would still verify offline.
 */
export function trustListMaxAgeHours(): number {
  const hours = Number(process.env.TRUST_LIST_MAX_AGE_HOURS);
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_TRUST_LIST_MAX_AGE_HOURS;
}
