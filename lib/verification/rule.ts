import { instantMs } from './local-date';

/** One version of the admin-editable verification rule, as the server stores and the console caches it. */
export interface VerificationRule {
  version: number;
  /** ISO instant from which this version judges checks (by their `checked_at`). */
  effectiveFrom: string;
  /** Doses a series needs when the vaccine is unknown or not a single-dose product. */
  requiredDoses: number;
  /** Product codes whose series is complete after one dose (Janssen). */
  singleDoseVaccines: string[];
  /** Whole local days after the last dose before it counts; the dose day is day 0. */
  daysAfterLastDose: number;
  /** Days after the last dose during which vaccination stays valid; null: no end. */
  validityDays: number | null;
  /** Days after a first positive test during which recovery is accepted; null: not accepted. */
  recoveryDays: number | null;
}

export const JANSSEN = 'EU/1/20/1525';

/** Version 1, the letter's rule: two doses (one for Janssen), valid from day 14, no end. */
export const FIRST_RULE: VerificationRule = {
  version: 1,
  effectiveFrom: '2020-12-31T17:00:00.000Z', // 01/01/2021 00:00 in Asia/Ho_Chi_Minh
  requiredDoses: 2,
  singleDoseVaccines: [JANSSEN],
  daysAfterLastDose: 14,
  validityDays: null,
  recoveryDays: null,
};

/** Doses the series of this vaccine needs under the rule. */
export function requiredDosesFor(vaccine: string | null | undefined, rule: VerificationRule): number {
  return vaccine && rule.singleDoseVaccines.includes(vaccine) ? 1 : rule.requiredDoses;
}

/**
 * The version in force at an instant: the latest effective date not after it (a later version
 * number wins a tie). Undefined before the first version.
 */
export function ruleInForce(rules: readonly VerificationRule[], at: Date | string | number): VerificationRule | undefined {
  const t = instantMs(at);
  let best: VerificationRule | undefined;
  for (const rule of rules) {
    const from = Date.parse(rule.effectiveFrom);
    if (from > t) continue;
    const bestFrom = best ? Date.parse(best.effectiveFrom) : -Infinity;
    if (from > bestFrom || (from === bestFrom && rule.version > best!.version)) best = rule;
  }
  return best;
}
