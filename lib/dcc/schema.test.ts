import { describe, expect, it } from 'vitest';
import { selectSchemaVersion, validateHcertSchema } from './schema';
import { testPayload, vaccinationPayload } from './test-support/sample-payloads';

describe('schema policy', () => {
  it.each([
    ['1.3.0', '1.3.0'],
    ['1.3.5', '1.3.3'],
    ['2.0.0', '1.3.3'],
    ['1.2.9', '1.2.1'],
    ['1.0.4', '1.0.1'],
    ['0.9.0', '1.0.0'],
    ['1.3', '1.0.0'],
    [undefined, '1.0.0'],
  ])('maps ver %s to schema %s', (ver, schema) => {
    expect(selectSchemaVersion(ver)[0]).toBe(schema);
  });

  it('accepts a valid vaccination and test payload', () => {
    expect(validateHcertSchema(vaccinationPayload() as never)).toEqual({ version: '1.3.0', valid: true, error: null });
    expect(validateHcertSchema(testPayload() as never).valid).toBe(true);
  });

  it('refuses a dose number of zero', () => {
    const payload = vaccinationPayload();
    (payload.v as Record<string, unknown>[])[0].dn = 0;
    expect(validateHcertSchema(payload as never)).toMatchObject({ valid: false, error: expect.stringContaining('/v/0/dn') });
  });

  it('refuses two groups in one certificate, even where the old schema would allow it', () => {
    const both = { ...vaccinationPayload({ ver: '1.0.0' }), t: testPayload().t };
    expect(validateHcertSchema(both as never)).toMatchObject({ version: '1.0.0', valid: false, error: expect.stringContaining('exactly one') });
  });

  it('treats format as an annotation, as draft 2020-12 does', () => {
    const payload = vaccinationPayload();
    (payload.v as Record<string, unknown>[])[0].dt = '2021-09-01T10:00:00+07:00';
    expect(validateHcertSchema(payload as never).valid).toBe(true);
  });
});
