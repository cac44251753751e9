import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { firstFreeSlug, slugify } from './slug';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    const csv = toCsv(['Đơn vị', 'Ghi chú'], [['UBND huyện Bình Sơn', 'a, "b"'], ['=HYPERLINK("x")', null]]);
    expect(csv).toBe('\uFEFFĐơn vị,Ghi chú\r\nUBND huyện Bình Sơn,"a, ""b"""\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});

describe('slugify', () => {
  it('folds Vietnamese and keeps a readable URL part', () => {
    expect(slugify('Công văn 1088/STTT về Bluezone — Đợt 2')).toBe('cong-van-1088-sttt-ve-bluezone-dot-2');
    expect(slugify('!!!')).toBe('tai-lieu');
    expect(firstFreeSlug('a', ['a', 'a-2'])).toBe('a-3');
  });
});
