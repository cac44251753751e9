import ExcelJS from 'exceljs';
import { addSheetRow, type SheetValue } from '@/lib/text/spreadsheet';
import { isShare, shareNumFmt, shareValue } from '../percent';
import type { Cell, Section } from './sections';

// One sheet per section, a first sheet naming the filter. Numbers stay numbers and shares keep
// their exact fraction with a percent format (Excel rounds it for display), so totals can be
// summed in Excel and read back by tests; text goes through the one spreadsheet writer, which
// defuses formulas.

/** A share as its exact value (the cell's number format writes it as a percentage). */
const valueOf = (v: Cell): SheetValue => (isShare(v) ? shareValue(v) : v);

const SHEET_NAME_BAD = /[:\\/?*[\]]/g;

function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(SHEET_NAME_BAD, ' ').slice(0, 31).trim() || 'Trang';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

export async function sectionsToXlsx(heading: Cell[][], sections: Section[], { title }: { title: string }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sở TT&TT Quảng Ngãi';
  book.created = new Date(0);
  const used = new Set<string>();

  const cover = book.addWorksheet(sheetName('Bộ lọc', used));
  addSheetRow(cover, [title]).font = { bold: true, size: 13 };
  for (const row of heading) addSheetRow(cover, row.map(valueOf));
  cover.getColumn(1).width = 18;
  cover.getColumn(2).width = 36;

  for (const section of sections) {
    const sheet = book.addWorksheet(sheetName(section.title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    addSheetRow(sheet, section.headers).font = { bold: true };
    for (const row of section.rows) {
      const added = addSheetRow(sheet, row.map(valueOf));
      row.forEach((v, i) => {
        if (isShare(v)) added.getCell(i + 1).numFmt = shareNumFmt(v);
      });
    }
    section.headers.forEach((header, i) => {
      const widest = Math.max(header.length, ...section.rows.map((r) => (isShare(r[i]) ? 8 : String(r[i] ?? '').length)));
      sheet.getColumn(i + 1).width = Math.max(10, Math.min(40, widest + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
