import type { Executor } from './index';
import { verificationRules } from './schema';
import { FIRST_RULE } from '@/lib/verification/rule';

/** Version 1 of the verification rule (the letter's): present in every database, never changed. */
export async function seedFirstRule(db: Executor): Promise<void> {
  await db
    .insert(verificationRules)
    .values({
      version: FIRST_RULE.version,
      effectiveFrom: new Date(FIRST_RULE.effectiveFrom),
      requiredDoses: FIRST_RULE.requiredDoses,
      singleDoseVaccines: FIRST_RULE.singleDoseVaccines,
      daysAfterLastDose: FIRST_RULE.daysAfterLastDose,
      validityDays: FIRST_RULE.validityDays,
      recoveryDays: FIRST_RULE.recoveryDays,
      note: 'Theo công văn ngày 21/09/2021: đủ 2 mũi (Janssen 1 mũi), mũi cuối ít nhất 14 ngày trước ngày kiểm tra.',
    })
    .onConflictDoNothing();
}
