import { describe, expect, it } from 'vitest';
import { FIRST_RULE, JANSSEN } from '@/lib/verification';
import { buildDirectCheck, checkDetailErrors, type DirectCheckFields } from './direct-check';

const base: DirectCheckFields = { source: 'bluezone', doses: 2, lastDoseOn: '2021-08-26', vaccine: null, phone: '', idNumber: '' };
const context = { checkpointId: 'cp', rule: FIRST_RULE, deviceId: 'dev', now: new Date('2021-09-09T01:00:00Z') };

describe('direct check', () => {
  it("judges with the cached rule: a dose on 26/08 is valid from 09/09, not on 08/09", () => {
    expect(buildDirectCheck(base, context).provisional).toBe('valid');
    expect(buildDirectCheck(base, { ...context, now: new Date('2021-09-08T16:59:00Z') }).provisional).toBe('under_14_days');
    expect(buildDirectCheck({ ...base, doses: 1 }, context).provisional).toBe('incomplete_doses');
    expect(buildDirectCheck({ ...base, doses: 1, vaccine: JANSSEN }, context).provisional).toBe('valid');
  });

  it('sends no doses, date or vaccine without a certificate, and calls it unverified', () => {
    const { input, provisional } = buildDirectCheck({ ...base, source: 'none' }, context);
    expect(provisional).toBe('unverified');
    expect(input).toMatchObject({ method: 'direct', source: 'none', doses: null, lastDoseOn: null, vaccine: null, citizen: null });
  });

  it('adds the phone (normalised) and ID only when the officer typed them', () => {
    const { input } = buildDirectCheck({ ...base, phone: '+84 905.123.456', idNumber: '0512 0100 1234' }, context);
    expect(input.citizen).toEqual({ phone: '0905123456', idNumber: '051201001234' });
    expect(input).toMatchObject({ checkpointId: 'cp', deviceId: 'dev', checkedAt: '2021-09-09T01:00:00.000Z', provisionalResult: 'valid' });
  });

  it('explains bad input in Vietnamese', () => {
    expect(checkDetailErrors({ ...base, lastDoseOn: null }, '2021-09-09')).toEqual({ lastDoseOn: 'Chọn ngày tiêm mũi cuối.' });
    expect(checkDetailErrors({ ...base, lastDoseOn: '2021-09-10' }, '2021-09-09').lastDoseOn).toMatch(/sau hôm nay/);
    expect(checkDetailErrors({ ...base, phone: '12345', idNumber: '123' }, '2021-09-09')).toMatchObject({ phone: expect.stringMatching(/10 hoặc 11/), idNumber: expect.stringMatching(/12 chữ số/) });
    expect(checkDetailErrors({ ...base, doses: 0, lastDoseOn: null }, '2021-09-09')).toEqual({});
    expect(checkDetailErrors({ ...base, source: 'none', lastDoseOn: null }, '2021-09-09')).toEqual({});
  });
});
