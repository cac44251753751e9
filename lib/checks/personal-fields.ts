// Light browser-side checks of the personal fields, so a typo is caught before sending. The
// server validates every field again with its own schema (zod stays out of the phone's bundle);
// the normalisers are the server's own, so both sides agree on what a phone number is.
import { normalizeIdNumber, normalizePhone } from '@/lib/passages/phone';
import { isCalendarDate } from '@/lib/verification/local-date';

export { normalizeIdNumber, normalizePhone };

/** A Vietnamese phone number in any common spelling ("+84 905.123.456", "0905123456"). */
export function isPhone(raw: string): boolean {
  return normalizePhone(raw) !== null;
}

/** CMND (9 digits) or CCCD (12 digits). */
export function isIdNumber(raw: string): boolean {
  return normalizeIdNumber(raw) !== null;
}

export const PHONE_ERROR = 'Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0905123456).';
export const ID_ERROR = 'Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số).';

/** A last-dose date must be a real day, not in the future and not before vaccination began. */
export function lastDoseError(value: string | null, today: string): string | null {
  if (!value) return 'Chọn ngày tiêm mũi cuối.';
  if (!isCalendarDate(value)) return 'Ngày không hợp lệ.';
  if (value > today) return 'Ngày tiêm không thể sau hôm nay.';
  if (value < '2021-01-01') return 'Ngày tiêm phải từ 01/01/2021 trở đi.';
  return null;
}
