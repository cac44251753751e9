import { describe, expect, it } from 'vitest';
import { readHolder } from './holder';

describe('readHolder', () => {
  it('puts the family name first, as Vietnamese names are written', () => {
    expect(readHolder({ nam: { fn: 'Nguyễn', gn: 'Bảo Duy', fnt: 'NGUYEN', gnt: 'BAO<DUY' }, dob: '1983-10-10' })).toEqual({
      name: 'Nguyễn Bảo Duy',
      familyName: 'Nguyễn',
      givenName: 'Bảo Duy',
      familyNameStandard: 'NGUYEN',
      givenNameStandard: 'BAO<DUY',
      dateOfBirth: '1983-10-10',
    });
  });

  it('falls back to the transliterated names, with spaces for <', () => {
    expect(readHolder({ nam: { fnt: 'TRAN<LE', gnt: 'THI<MAI' }, dob: '1990' }).name).toBe('TRAN LE THI MAI');
  });

  it('copes with a payload without names', () => {
    expect(readHolder({})).toMatchObject({ name: '', dateOfBirth: '' });
  });
});
