import type { CheckInput, CheckSource } from '@/lib/checks/types';
import { SOURCES } from '@/lib/checks/labels';
import { ID_ERROR, PHONE_ERROR, isIdNumber, isPhone, lastDoseError, normalizeIdNumber, normalizePhone } from '@/lib/checks/personal-fields';
import type { CheckInProfile } from './profile';

export type CheckInFields = CheckInProfile;

/**
 * The citizen's answers as a `citizen_scan` check, or the Vietnamese error for each field that
 * needs fixing. The server validates all of it again.
 */
export function readCheckIn(fields: CheckInFields, context: { posterToken: string; today: string; now: Date; deviceId: string | null }):
  | { ok: true; input: Omit<CheckInput, 'idempotencyKey'> }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const source = SOURCES.includes(fields.source as CheckSource) ? (fields.source as CheckSource) : null;
  if (!source) errors.source = 'Chọn nơi thể hiện chứng nhận tiêm của bạn.';
  const doses = fields.doses === '' ? null : Number(fields.doses);
  if (doses === null || !Number.isInteger(doses) || doses < 0 || doses > 5) errors.doses = 'Chọn số mũi đã tiêm.';
  if (doses && doses > 0) {
    const dateError = lastDoseError(fields.lastDoseOn || null, context.today);
    if (dateError) errors.lastDoseOn = dateError;
  }
  const name = fields.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2) errors.name = 'Nhập họ và tên.';
  else if (name.length > 100) errors.name = 'Họ và tên quá dài (tối đa 100 ký tự).';
  const birthYear = Number(fields.birthYear);
  const thisYear = Number(context.today.slice(0, 4));
  if (!/^\d{4}$/.test(fields.birthYear.trim()) || birthYear < 1900 || birthYear > thisYear) errors.birthYear = `Năm sinh gồm 4 chữ số, từ 1900 đến ${thisYear}.`;
  if (!fields.phone.trim()) errors.phone = 'Nhập số điện thoại: số này dùng để liên hệ khi cần truy vết.';
  else if (!isPhone(fields.phone)) errors.phone = PHONE_ERROR;
  if (fields.idNumber.trim() && !isIdNumber(fields.idNumber)) errors.idNumber = ID_ERROR;
  if (Object.keys(errors).length) return { ok: false, errors };
  const idNumber = normalizeIdNumber(fields.idNumber);
  return {
    ok: true,
    input: {
      method: 'citizen_scan',
      posterToken: context.posterToken,
      source: source!,
      vaccine: fields.vaccine || null,
      doses,
      lastDoseOn: doses ? fields.lastDoseOn : null,
      checkedAt: context.now.toISOString(),
      deviceId: context.deviceId,
      citizen: { name, birthYear, phone: normalizePhone(fields.phone)!, ...(idNumber && { idNumber }) },
    },
  };
}
