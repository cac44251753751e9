import { describe, expect, it } from 'vitest';
import { manifestCsv } from './manifest';

describe('manifestCsv', () => {
  it('defuses a title or issuer that would run as a formula in Excel', () => {
    const csv = manifestCsv([{
      kind: 'official_letter', title: '=HYPERLINK("http://x","y")', documentNumber: '1088/STTT', issuedOn: '2021-08-26', issuer: '@SUM(1)',
      entryName: '01-a.pdf', size: 10, sha256: 'ab', link: 'https://example.test/a', caption: '-1 ảnh', credit: 'Báo QN',
    }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain("'@SUM(1)");
    expect(csv).toContain(',10,ab,');
    expect(csv).toContain(",'-1 ảnh,Báo QN");
  });
});
