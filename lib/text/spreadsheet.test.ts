import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addSheetRow, safeCell, toCsv, unsafeCell } from './spreadsheet';
import { firstFreeSlug, slugify } from './slug';

const FORMULAS = ['=1+1', '+1+1', '-1+1', '@SUM(1)', '\t=1+1', '\r=1+1', '\n=1', '＝1+1', '=HYPERLINK("http://x","y")'];

describe('the spreadsheet writer', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    const csv = toCsv([['Đơn vị', 'Ghi chú'], ['UBND huyện Bình Sơn', 'a, "b"'], ['=HYPERLINK("x")', null], ['a;b', -5]]);
    expect(csv).toBe('\uFEFFĐơn vị,Ghi chú\r\nUBND huyện Bình Sơn,"a, ""b"""\r\n"\'=HYPERLINK(""x"")",\r\n"a;b",-5\r\n');
  });

  it.each(FORMULAS)('prefixes %j with an apostrophe and reads it back unchanged', (value) => {
    expect(safeCell(value)).toBe(`'${value}`);
    expect(unsafeCell(String(safeCell(value)))).toBe(value);
  });

  it('keeps numbers (negative ones too) as numbers and plain text as it is', () => {
    expect(safeCell(-12.5)).toBe(-12.5);
    expect(safeCell('Chốt Dốc Sỏi')).toBe('Chốt Dốc Sỏi');
    expect(safeCell("'quoted")).toBe("'quoted");
    expect(unsafeCell("'quoted")).toBe("'quoted");
    expect(safeCell(null)).toBe('');
  });

  it('writes XLSX text cells defused and numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thử');
    addSheetRow(sheet, ['=1+1', -3, '@SUM(1)']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await book.xlsx.writeBuffer());
    const row = back.getWorksheet('Thử')!.getRow(1);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual(["'=1+1", -3, "'@SUM(1)"]);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
  });
});

describe('slugify', () => {
  it('folds Vietnamese and keeps a readable URL part', () => {
    expect(slugify('Công văn 1088/STTT về Bluezone — Đợt 2')).toBe('cong-van-1088-sttt-ve-bluezone-dot-2');
    expect(slugify('!!!')).toBe('tai-lieu');
    expect(firstFreeSlug('a', ['a', 'a-2'])).toBe('a-3');
  });
});
