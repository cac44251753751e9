import type { CheckInput, CheckResult, CheckSource } from '@/lib/checks/types';
import { ID_ERROR, PHONE_ERROR, isIdNumber, isPhone, lastDoseError, normalizeIdNumber, normalizePhone } from '@/lib/checks/personal-fields';
import { judgeVaccination, type VerificationRule } from '@/lib/verification';

/** What the officer entered for one direct look at a certificate. */
export interface DirectCheckFields {
  source: CheckSource;
  doses: number | null;
  lastDoseOn: string | null;
  vaccine: string | null;
  phone: string;
  idNumber: string;
}

/** Field errors in Vietnamese, keyed by field; empty when the check can be recorded. */
export function checkDetailErrors(fields: DirectCheckFields, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (fields.source !== 'none' && fields.doses) {
    const dateError = lastDoseError(fields.lastDoseOn, today);
    if (dateError) errors.lastDoseOn = dateError;
  }
  if (fields.phone && !isPhone(fields.phone)) errors.phone = PHONE_ERROR;
  if (fields.idNumber && !isIdNumber(fields.idNumber)) errors.idNumber = ID_ERROR;
  return errors;
}

/**
 * The check to queue and the verdict to show at once. Without a certificate nothing could be
 * checked (`unverified`); otherwise the cached rule judges, and the server judges again.
 */
export function buildDirectCheck(fields: DirectCheckFields, context: { checkpointId: string; rule: VerificationRule; now: Date; deviceId: string | null }): {
  input: Omit<CheckInput, 'idempotencyKey'>;
  provisional: CheckResult;
} {
  const noCertificate = fields.source === 'none';
  const doses = noCertificate ? null : fields.doses;
  const lastDoseOn = noCertificate || !doses ? null : fields.lastDoseOn;
  const vaccine = noCertificate ? null : fields.vaccine;
  const checkedAt = context.now.toISOString();
  const provisional: CheckResult = noCertificate ? 'unverified' : judgeVaccination({ doses, lastDoseOn, vaccine, checkedAt }, context.rule);
  const phone = fields.phone ? normalizePhone(fields.phone) : null;
  const idNumber = fields.idNumber ? normalizeIdNumber(fields.idNumber) : null;
  const citizen = phone || idNumber ? { ...(phone && { phone }), ...(idNumber && { idNumber }) } : null;
  return {
    input: {
      method: 'direct', checkpointId: context.checkpointId, source: fields.source, vaccine, doses, lastDoseOn,
      checkedAt, deviceId: context.deviceId, citizen, provisionalResult: provisional,
    },
    provisional,
  };
}
