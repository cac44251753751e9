import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInputSchema } from './check-schema';
import { parseCheck } from './parse-check';

// The compiled schema must answer exactly what the schema answers: the same verdict, the same
// normalised check with the same keys in the same order (the body hash is computed on it), and the
// same refusal messages. Checked on generated items, valid and broken field by field.

const UUID = '7b6f0c1e-2f57-4a53-9b2a-0d5c1f4e9a10';
const FIELDS: Record<string, unknown[]> = {
  idempotencyKey: ['abcdefghijklmnop', 'k'.repeat(64), 'short', 'bad key with spaces!', 42, undefined],
  method: ['direct', 'officer_scan', 'citizen_scan', 'zalo', undefined],
  checkpointId: [UUID, '', null, 'not-a-uuid', undefined],
  posterToken: ['QN1.abcdefghijklmnopqrstuvwxyz', '', 'x'.repeat(201), 7, undefined],
  source: ['bluezone', 'pc_covid', 'health_book', 'paper', 'vaccine_passport', 'none', 'zalo', undefined],
  vaccine: ['EU/1/20/1528', 'EU/1/20/1525', '', 'bad;vaccine', undefined],
  doses: [0, 1, 2, 3, '2', ' ', '', null, 2.5, -1, 10, 'two', undefined],
  lastDoseOn: ['2021-08-01', '2021-09-08', '2021-09-10', '2019-12-31', '2021-02-30', '', null, undefined],
  hc1: ['HC1:6BFOXN', 'not hc1', '', undefined],
  checkedAt: ['2021-09-09T08:00:00+07:00', '2021-09-09T01:00:00.123Z', '2021-09-09 08:00', '09/09/2021', 123, undefined],
  deviceId: ['device-001', 'dev', '', null, undefined],
  citizen: [
    { name: 'Nguyễn Văn A', birthYear: 1985, phone: '0905123456' },
    { name: '  Trần Thị B  ', birthYear: '1990', phone: '+84 905 123 456', idNumber: '051 090 000 123' },
    { name: '', birthYear: '', phone: '', idNumber: '' },
    { phone: '   ' },
    { phone: '12' },
    { name: 'Tên\u0000lỗi', phone: '0905123456' },
    { name: 'Tên\u202ecó điều khiển', phone: '0905123456' },
    { name: 'x'.repeat(101), phone: '0905123456' },
    { birthYear: 1850, phone: '0905123456' },
    { birthYear: 3000, phone: '0905123456' },
    { idNumber: '12345', phone: '0905123456' },
    { phone: '0905123456', extra: 'dropped' },
    {},
    'nobody',
    null,
    undefined,
  ],
  provisionalResult: ['valid', { result: 'valid' }, undefined],
  unexpected: ['ignored', undefined],
};

// The shapes devices actually send, valid.
const VALID: Record<string, unknown>[] = [
  { idempotencyKey: 'abcdefghijklmnop', method: 'citizen_scan', posterToken: 'QN1.token', source: 'pc_covid', doses: 2, lastDoseOn: '2021-08-01', checkedAt: '2021-09-09T08:00:00+07:00', deviceId: 'device-001', provisionalResult: 'valid', citizen: { name: 'Nguyễn Văn Đo', birthYear: 1985, phone: '0905123456' } },
  { idempotencyKey: 'abcdefghijklmnoq', method: 'direct', checkpointId: UUID, source: 'paper', doses: 2, lastDoseOn: '2021-08-01', checkedAt: '2021-09-09T01:00:00.000Z' },
  { idempotencyKey: 'abcdefghijklmnor', method: 'officer_scan', checkpointId: UUID, source: 'vaccine_passport', hc1: 'HC1:6BFOXN', checkedAt: '2021-09-09T01:00:00.000Z' },
  { idempotencyKey: 'abcdefghijklmnos', method: 'direct', checkpointId: UUID, source: 'none', checkedAt: '2021-09-09T01:00:00.000Z', citizen: { idNumber: '051090000123' } },
];

function* items(count: number) {
  let seed = 17;
  const pick = <T,>(list: T[]) => {
    seed = (seed * 48_271) % 2_147_483_647;
    return list[seed % list.length];
  };
  const fields = Object.keys(FIELDS);
  for (let i = 0; i < count; i++) {
    // Half wholly random; half a valid check with one or two fields swapped for any candidate.
    const item: Record<string, unknown> = i % 2 ? {} : { ...pick(VALID) };
    const changed = i % 2 ? fields : [pick(fields), pick(fields)];
    for (const field of changed) {
      const value = pick(FIELDS[field]);
      if (value === undefined) delete item[field];
      else item[field] = value;
    }
    yield item;
  }
  yield* VALID;
  for (const odd of ['not an object', null, 42, [], [{}]]) yield odd;
}

/** Every key path of a value in order, so a reordered or extra key shows. */
const shape = (value: unknown): string => JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).map((k) => [k, v[k] === undefined ? '<undefined>' : v[k]])) : v));

describe('parseCheck (the compiled check schema)', () => {
  it('answers as the schema does, valid or not, on 4,000 generated items', () => {
    let accepted = 0;
    let total = 0;
    for (const item of items(4000)) {
      total++;
      const expected = checkInputSchema.safeParse(item);
      const actual = parseCheck.safeParse(item);
      expect(actual.success, shape(item)).toBe(expected.success);
      if (expected.success) {
        accepted++;
        expect(shape(actual.data), shape(item)).toBe(shape(expected.data));
      } else {
        expect(actual.error?.issues, shape(item)).toEqual(expected.error.issues);
      }
    }
    // The generator must reach both sides, or this test proves nothing.
    expect(accepted).toBeGreaterThan(500);
    expect(total - accepted).toBeGreaterThan(2000);
  });

  it('is really compiled: a schema change zod cannot compile would silently fall back to the slow parser', () => {
    expect(() => z.compile(checkInputSchema, { strict: true })).not.toThrow();
    expect(parseCheck).not.toBe(checkInputSchema);
  });
});
