import { describe, expect, it } from 'vitest';
import { parseRange } from './range';
import { asciiFileName, contentDisposition } from './content-disposition';

describe('parseRange', () => {
  it.each([
    [null, { kind: 'full' }],
    ['bytes=0-9', { kind: 'partial', start: 0, end: 9 }],
    ['bytes=90-', { kind: 'partial', start: 90, end: 99 }],
    ['bytes=-10', { kind: 'partial', start: 90, end: 99 }],
    ['bytes=50-500', { kind: 'partial', start: 50, end: 99 }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=0-1,5-6', { kind: 'full' }],
    ['items=0-1', { kind: 'full' }],
  ])('%s of 100 bytes', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('contentDisposition', () => {
  it('gives the Vietnamese name (RFC 5987) with an ASCII fallback', () => {
    const value = contentDisposition('attachment', 'Công văn số 1088 (Đợt 1).pdf');
    expect(value).toBe(
      `attachment; filename="Cong van so 1088 (Dot 1).pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%201088%20%28%C4%90%E1%BB%A3t%201%29.pdf`,
    );
    expect(decodeURIComponent(value.split("UTF-8''")[1])).toBe('Công văn số 1088 (Đợt 1).pdf');
  });

  it('never lets a quote or backslash break the header', () => {
    expect(asciiFileName('a"b\\c;d.pdf')).toBe('a_b_c_d.pdf');
  });
});
