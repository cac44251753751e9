import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describeFilter, overviewSections } from './sections';
import { sectionsToCsv } from './csv';
import { sectionsToXlsx } from './xlsx';
import { sampleOverview } from './sample-overview';

const overview = sampleOverview();
const madeAt = new Date('2026-11-01T23:15:00Z'); // 06:15 on 2 November, local
const sections = overviewSections(overview, madeAt);
const heading = describeFilter(overview.filter, null, overview.kpis.range, madeAt);

describe('overviewSections', () => {
  it('has one section per dashboard card, with Vietnamese headers', () => {
    expect(sections.map((s) => s.title)).toEqual([
      'Tổng hợp', 'Theo ngày', 'Theo huyện', 'Theo cách kiểm tra', 'Theo nguồn', 'Theo bằng chứng',
      'Theo giờ và thứ', 'Chốt nhiều lượt nhất', 'Chốt ít lượt nhất', 'Sẵn sàng của chốt',
    ]);
    for (const s of sections) expect(s.title.length).toBeLessThanOrEqual(31);
    expect(sections[0].rows[0].slice(0, 7)).toEqual(['Khoảng đã chọn', '01/11/2026', '02/11/2026', 12, 9, { part: 9, whole: 12 }, 3]);
    expect(sections[0].rows[0][8]).toBe('Đã hết kỳ');
    const today = sections[0].rows[1];
    expect(today.slice(8, 10)).toEqual(['Chưa hết kỳ (số liệu đến 06:15 02/11/2026)', 'so với cùng giờ hôm qua (00:00–06:00)']);
    expect(today.at(-2)).toEqual({ part: -5, whole: 10, kind: 'change' });
  });

  it('keeps every count of the daily series and the heatmap', () => {
    const daily = sections.find((s) => s.key === 'theo-ngay')!;
    expect(daily.headers).toContain('Hợp lệ');
    expect(daily.rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(12);
    const heat = sections.find((s) => s.key === 'theo-gio')!;
    expect(heat.rows).toHaveLength(24);
    expect(heat.rows[7][7]).toBe(7);
    expect(heat.rows[18][1]).toBe(5);
  });

  it('labels self-declared evidence "tự khai"', () => {
    const evidence = sections.find((s) => s.key === 'theo-bang-chung')!;
    expect(evidence.rows.map((r) => r[0])).toEqual(['Cán bộ xem', 'Đã kiểm chứng nhận', 'Tự khai']);
  });

  it('names the filter in words', () => {
    expect(heading).toContainEqual(['Huyện', 'Huyện Bình Sơn']);
    expect(heading).toContainEqual(['Cách kiểm tra', 'Tất cả']);
    expect(heading).toContainEqual(['So sánh', 'so với 30/10/2026 – 31/10/2026']);
  });
});

describe('sectionsToCsv', () => {
  const csv = sectionsToCsv(heading, sections);

  it('starts with a BOM and uses CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('reads back with the same totals and Vietnamese text', () => {
    const rows: string[][] = parse(csv.slice(1), { relax_column_count: true, skip_empty_lines: true });
    const range = rows.find((r) => r[0] === 'Khoảng đã chọn')!;
    expect(range.slice(3, 7)).toEqual(['12', '9', '75,0\u00a0%', '3']);
    const today = rows.find((r) => r[0] === 'Hôm nay')!;
    expect(today.slice(-2)).toEqual(['giảm\u00a050,0\u00a0%', 'tăng\u00a030,0\u00a0điểm\u00a0%']);
    expect(rows).toContainEqual(['Huyện', 'Huyện Bình Sơn']);
  });

  it('defuses cells that would run as formulas in Excel', () => {
    expect(csv).toContain("'=Chốt Dốc Sỏi");
  });

  it('can use semicolons for Excel set to Vietnamese regional format', () => {
    expect(sectionsToCsv(heading, sections, ';')).toContain('Từ ngày;01/11/2026');
  });
});

describe('sectionsToXlsx', () => {
  it('writes one sheet per section, numbers as numbers', async () => {
    const buffer = await sectionsToXlsx(heading, sections, { title: 'Thống kê' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Bộ lọc', ...sections.map((s) => s.title)]);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(2).getCell(4).value).toBe(12);
    expect(summary.getRow(2).getCell(6).numFmt).toBe('0.0%');
    expect(summary.getRow(2).getCell(6).value).toBe(0.75);
    const change = summary.getRow(3).getCell(18);
    expect([change.value, change.numFmt]).toEqual([-0.5, '+0.0%;−0.0%;0.0%']);
    const districts = book.getWorksheet('Theo huyện')!;
    expect(districts.getRow(2).getCell(2).value).toBe('Huyện Bình Sơn');
  });

  it('defuses text cells that would run as formulas once edited in Excel', async () => {
    const buffer = await sectionsToXlsx(heading, sections, { title: 'Thống kê' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const texts = book.worksheets.flatMap((w) => w.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).filter((v): v is string => typeof v === 'string'));
    expect(texts).toContain("'=Chốt Dốc Sỏi");
    expect(texts.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
  });
});
