import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signPosterToken } from '@/lib/posters/token';
import { scrubText } from './scrub-text';

const AT_1 = JSON.parse(fs.readFileSync(path.resolve('lib/dcc/testdata/cases/AT_1.json'), 'utf8'));

describe('scrubText', () => {
  it('masks a whole HC1 certificate payload, whatever follows it', () => {
    const hc1: string = AT_1.PREFIX;
    expect(hc1.startsWith('HC1:')).toBe(true);
    const out = scrubText(`could not decode ${hc1}, "next"`);
    expect(out).toBe('could not decode [redacted-hc1], "next"');
    expect(out).not.toContain(hc1.slice(4, 24));
  });

  it.each([
    ['0905 123 456'], ['0905123456'], ['+84 905 123 456'], ['+84905123456'], ['0905.123.456'], ['0905-123-456'],
    ['079083012345'], ['241234567'],
  ])('masks the phone or ID number %s', (number) => {
    const out = scrubText(`người dân ${number}: lỗi`);
    expect(out).toBe('người dân [redacted-number]: lỗi');
  });

  it('masks poster tokens, bearer credentials and long opaque codes', () => {
    for (let n = 1; n <= 300; n++) {
      const token = signPosterToken('log-test-key', n, 1 + (n % 4));
      expect(scrubText(`/c/${token}?x=1`)).toBe('/c/[redacted-token]?x=1');
    }
    expect(scrubText('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc')).toBe('Authorization: Bearer [redacted-token]');
    expect(scrubText('key Zx81_kP0qLm2Vb7dNs4Ta9 used')).toBe('key [redacted-token] used');
    // A setting's name is not a secret: the start-up warning names the variable to set.
    expect(scrubText('set PERSONAL_DATA_HASH_KEY in the environment')).toBe('set PERSONAL_DATA_HASH_KEY in the environment');
    expect(scrubText('ABCDEFGHIJKLMNOPQRSTUVWX1')).toBe('[redacted-token]');
  });

  it('keeps what an operator needs: SQL names, placeholders, codes, short numbers, times, ANSI removed', () => {
    const sql = 'insert into passage_daily_stats_by_checkpoint (checkpoint_id) values ($1) on conflict do nothing';
    expect(scrubText(sql)).toBe(sql);
    expect(scrubText('\u001b[31m⨯\u001b[39m 22P05 at 2026-12-06T01:05:56.440Z, 120 lượt, mã 524')).toBe('⨯ 22P05 at 2026-12-06T01:05:56.440Z, 120 lượt, mã 524');
  });
});
