import { describe, expect, it } from 'vitest';
import { checkInputSchema } from './check-schema';
import { normalizeIdNumber, normalizePhone } from './phone';

const base = { idempotencyKey: 'abcdefghijklmnop', method: 'direct', checkpointId: '7b6f0c1e-2f57-4a53-9b2a-0d5c1f4e9a10', source: 'paper', doses: 2, lastDoseOn: '2021-08-26', checkedAt: '2021-09-09T08:00:00+07:00' };
const messages = (input: unknown) => {
  const parsed = checkInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('normalizePhone', () => {
  it.each([
    ['0905123456', '0905123456'],
    ['0905 123 456', '0905123456'],
    ['0905.123.456', '0905123456'],
    ['+84 905 123 456', '0905123456'],
    ['+84905123456', '0905123456'],
    ['84905123456', '0905123456'],
    ['0084905123456', '0905123456'],
    ['905123456', '0905123456'],
    ['(0255) 3822 123', '02553822123'],
    ['+1 202 555 0100', null],
    ['12345', null],
    ['090512345a', null],
  ])('%s → %s', (raw, expected) => expect(normalizePhone(raw)).toBe(expected));
});

describe('normalizeIdNumber', () => {
  it.each([['051 090 000 123', '051090000123'], ['212345678', '212345678'], ['1234567890', null], ['A12345678', null]])('%s → %s', (raw, expected) =>
    expect(normalizeIdNumber(raw)).toBe(expected));
});

describe('checkInputSchema', () => {
  it('accepts a direct check and normalises the citizen', () => {
    const parsed = checkInputSchema.parse({ ...base, citizen: { phone: '+84 905 123 456', idNumber: '', birthYear: '1980' } });
    expect(parsed.citizen).toEqual({ phone: '0905123456', birthYear: 1980 });
  });

  it.each([
    [{ ...base, idempotencyKey: undefined }, 'idempotencyKey: Thiếu mã lượt kiểm tra.'],
    [{ ...base, idempotencyKey: 'short' }, 'idempotencyKey: Mã lượt kiểm tra không hợp lệ.'],
    [{ ...base, checkpointId: undefined }, 'checkpointId: Chọn chốt kiểm soát.'],
    [{ ...base, method: 'citizen_scan', checkpointId: undefined, posterToken: 'x'.repeat(20) }, 'citizen.phone: Nhập số điện thoại.'],
    [{ ...base, method: 'officer_scan' }, 'hc1: Thiếu mã QR chứng nhận đã quét.'],
    [{ ...base, hc1: 'HC1:abc' }, 'hc1: Kiểm tra trực tiếp không kèm mã chứng nhận.'],
    [{ ...base, doses: undefined }, 'doses: Chọn số mũi đã tiêm.'],
    [{ ...base, lastDoseOn: undefined }, 'lastDoseOn: Nhập ngày tiêm mũi cuối.'],
    [{ ...base, lastDoseOn: '2021-09-10' }, 'lastDoseOn: Ngày tiêm mũi cuối không thể sau ngày kiểm tra.'],
    [{ ...base, lastDoseOn: '2021-02-30' }, 'lastDoseOn: Ngày tiêm mũi cuối không hợp lệ.'],
    [{ ...base, checkedAt: '09/09/2021' }, 'checkedAt: Thời điểm kiểm tra không hợp lệ.'],
    [{ ...base, citizen: { phone: '12' } }, 'citizen.phone: Số điện thoại không hợp lệ (ví dụ 0905 123 456).'],
    [{ ...base, citizen: { birthYear: 1850 } }, 'citizen.birthYear: Năm sinh không hợp lệ.'],
    [{ ...base, source: 'zalo' }, 'source: Chọn nguồn chứng nhận.'],
    ['not an object', ': Mỗi lượt kiểm tra phải là một đối tượng JSON.'],
  ])('%# refuses with a Vietnamese message', (input, expected) => {
    expect(messages(input)).toContain(expected);
  });

  it('needs no doses when nothing was shown', () => {
    expect(messages({ ...base, source: 'none', doses: undefined, lastDoseOn: undefined })).toEqual([]);
  });
});
