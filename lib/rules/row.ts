import type { verificationRules } from '@/db/schema';
import type { VerificationRule } from '@/lib/verification/rule';

export function toRule(row: typeof verificationRules.$inferSelect): VerificationRule {
  return {
    version: row.version,
    effectiveFrom: row.effectiveFrom.toISOString(),
    requiredDoses: row.requiredDoses,
    singleDoseVaccines: row.singleDoseVaccines,
    daysAfterLastDose: row.daysAfterLastDose,
    validityDays: row.validityDays,
    recoveryDays: row.recoveryDays,
  };
}
