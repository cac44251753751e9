import { daysBetween, localDateOf } from './local-date';
import { requiredDosesFor, type VerificationRule } from './rule';

export type VaccinationResult = 'valid' | 'under_14_days' | 'incomplete_doses' | 'expired';

export interface VaccinationFacts {
  doses: number | null | undefined;
  /** yyyy-MM-dd, the local date of the last dose. */
  lastDoseOn: string | null | undefined;
  /** Product code (EU value set), when known. */
  vaccine?: string | null;
  /** The instant of the check; days are counted between local (Asia/Ho_Chi_Minh) dates. */
  checkedAt: Date | string;
}

/**
 * The rule applied to declared or certified vaccination. A series without a last-dose date
 * cannot prove its waiting period, so it counts as incomplete rather than under 14 days.
 */
export function judgeVaccination(facts: VaccinationFacts, rule: VerificationRule): VaccinationResult {
  const required = requiredDosesFor(facts.vaccine, rule);
  if (facts.doses == null || facts.doses < required || !facts.lastDoseOn) return 'incomplete_doses';
  const days = daysBetween(facts.lastDoseOn, localDateOf(facts.checkedAt));
  if (days < rule.daysAfterLastDose) return 'under_14_days';
  if (rule.validityDays != null && days > rule.validityDays) return 'expired';
  return 'valid';
}

export type RecoveryResult = 'valid' | 'expired' | 'unverified';

export interface RecoveryFacts {
  /** yyyy-MM-dd of the first positive test. */
  firstPositiveOn: string;
  /** yyyy-MM-dd the certificate itself stops being valid, when it says so. */
  validUntil?: string | null;
  checkedAt: Date | string;
}

/**
 * Recovery certificates (for the certificate verifier): accepted only when the rule says so,
 * from the day of the positive test through `recoveryDays` days after it.
 */
export function judgeRecovery(facts: RecoveryFacts, rule: VerificationRule): RecoveryResult {
  if (rule.recoveryDays == null) return 'unverified';
  const today = localDateOf(facts.checkedAt);
  const days = daysBetween(facts.firstPositiveOn, today);
  if (days < 0) return 'unverified';
  if (days > rule.recoveryDays) return 'expired';
  if (facts.validUntil && daysBetween(facts.validUntil, today) > 0) return 'expired';
  return 'valid';
}
