import { describe, expect, it } from 'vitest';
import { checkInputSchema } from './check-schema';
import { hashCheckBody, hashIdNumber, hashPhone } from './personal-data';

const body = {
  idempotencyKey: 'abcdefghijklmnop', method: 'direct', checkpointId: '7b6f0c1e-2f57-4a53-9b2a-0d5c1f4e9a10', source: 'paper',
  doses: 2, lastDoseOn: '2021-08-26', checkedAt: '2021-09-09T08:00:00+07:00', citizen: { name: 'A', phone: '0905 123 456' },
};
const hash = (input: unknown) => hashCheckBody(checkInputSchema.parse(input));

describe('hashCheckBody', () => {
  it('ignores key order, formatting, unknown fields and what the device showed', () => {
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect(hash({ ...reordered, citizen: { phone: '+84905123456', name: 'A' }, checkedAt: '2021-09-09T01:00:00Z', provisionalResult: 'valid', extra: 1 })).toBe(hash(body));
  });

  it('changes with any field that matters', () => {
    expect(hash({ ...body, doses: 3 })).not.toBe(hash(body));
    expect(hash({ ...body, citizen: { name: 'B', phone: '0905123456' } })).not.toBe(hash(body));
    expect(hash({ ...body, idempotencyKey: 'qrstuvwxyzabcdef' })).toBe(hash(body));
  });
});

describe('personal hashes', () => {
  it('are keyed, hex and separated by kind', () => {
    expect(hashPhone('0905123456')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPhone('051090000123')).not.toBe(hashIdNumber('051090000123'));
  });
});
