// Light browser-side checks of the personal fields, so a typo is caught before sending. The
// server validates every field again with its own schema.

/** Digits only, with +84 written as a leading 0. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s.\-()]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

/** A Vietnamese mobile or landline number: 10 or 11 digits starting with 0. */
export function isPhone(raw: string): boolean {
  return /^0\d{9,10}$/.test(normalizePhone(raw));
}

/** CMND (9 digits) or CCCD (12 digits). */
export function isIdNumber(raw: string): boolean {
  return /^(\d{9}|\d{12})$/.test(raw.replace(/\s/g, ''));
}

export const PHONE_ERROR = 'Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0905123456).';
export const ID_ERROR = 'Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số).';

/** A last-dose date must be a real day, not in the future and not before vaccination began. */
export function lastDoseError(value: string | null, today: string): string | null {
  if (!value) return 'Chọn ngày tiêm mũi cuối.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return 'Ngày không hợp lệ.';
  if (value > today) return 'Ngày tiêm không thể sau hôm nay.';
  if (value < '2021-01-01') return 'Ngày tiêm phải từ 01/01/2021 trở đi.';
  return null;
}
