import { describe, expect, it } from 'vitest';
import { changeOf, formatShare, formatShareOf, pointChangeOf, shareNumFmt, shareOf, shareValue } from './percent';

const pct = (text: string) => text.replace(/ /g, '\u00a0');

describe('the one percentage formatter', () => {
  it('rounds half up on the exact fraction of the counts, not on a float', () => {
    // 0,7205 exactly: a float formatter writes 72,0 % (0.7205 * 100 = 72.04999…).
    expect(formatShare(1441, 2000)).toBe(pct('72,1 %'));
    expect(formatShare(7205, 10000)).toBe(pct('72,1 %'));
    // 127/178 = 71,348…: 71,3 % whether it is a district row or its only checkpoint.
    expect(formatShare(127, 178)).toBe(pct('71,3 %'));
    // 33/49 = 67,346…: rounding a rounded 0,6735 again gave 67,4 %.
    expect(formatShare(33, 49)).toBe(pct('67,3 %'));
    expect(formatShare(1, 8)).toBe(pct('12,5 %'));
    expect(formatShare(1, 16)).toBe(pct('6,3 %'));
    expect(formatShare(1, 3)).toBe(pct('33,3 %'));
    expect(formatShare(2, 3)).toBe(pct('66,7 %'));
  });

  it('writes Vietnamese digits with a non-breaking space, and "—" for no data', () => {
    expect(formatShare(10, 10)).toBe('100,0\u00a0%');
    expect(formatShare(0, 10)).toBe('0,0\u00a0%');
    expect(formatShare(0, 0)).toBe('—');
    expect(formatShareOf(null)).toBe('—');
    expect(formatShare(25, 2)).toBe(pct('1.250,0 %'));
  });

  it('writes changes in words, rounded half up on the magnitude', () => {
    expect(formatShareOf(changeOf(12, 8))).toBe(pct('tăng 50,0 %'));
    expect(formatShareOf(changeOf(6, 8))).toBe(pct('giảm 25,0 %'));
    expect(formatShareOf(changeOf(3, 53))).toBe(pct('giảm 94,3 %'));
    expect(formatShareOf(changeOf(8, 8))).toBe(pct('0,0 %'));
    expect(changeOf(5, 0)).toBeNull();
    // 0,05 points exactly (1441/2000 − 72/100): half up to 0,1.
    expect(formatShareOf(pointChangeOf(shareOf(1441, 2000), shareOf(72, 100)))).toBe(pct('tăng 0,1 điểm %'));
    expect(formatShareOf(pointChangeOf(shareOf(3, 4), shareOf(1, 2)))).toBe(pct('tăng 25,0 điểm %'));
    expect(formatShareOf(pointChangeOf(shareOf(1, 2), shareOf(3, 4)))).toBe(pct('giảm 25,0 điểm %'));
    expect(pointChangeOf(shareOf(1, 2), shareOf(0, 0))).toBeNull();
  });

  it('gives XLSX the exact fraction and a matching number format', () => {
    expect(shareValue(shareOf(1441, 2000))).toBe(0.7205);
    expect(shareNumFmt(shareOf(1, 2))).toBe('0.0%');
    expect(shareValue(changeOf(6, 8)!)).toBe(-0.25);
    expect(shareValue(pointChangeOf(shareOf(3, 4), shareOf(1, 2))!)).toBe(25);
    expect(shareValue(shareOf(0, 0))).toBeNull();
  });
});
