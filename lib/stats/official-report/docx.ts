import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { DEPARTMENT_NAME } from '@/lib/config/site';
import type { OfficialReport, ReportTable } from './model';

// The same Decree 30 report as a Word document, for the clerk who registers and signs it: Times
// New Roman 13 pt, A4 with the decree's margins, the heading as a borderless two-column table,
// page numbers at the top centre, tables with a repeated header row and a bold total row.

const TWIP_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIP_PER_MM);
const CONTENT = mm(210 - 30 - 15);
const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: (o.size ?? 13) * 2, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });
const centre = (children: TextRun[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

function heading(r: OfficialReport): Table {
  const left = Math.round(CONTENT * 0.42);
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: [left, CONTENT - left],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [
      cell(left, [
        centre([run(r.parentBody, { size: 12 })]),
        centre([run(r.issuer, { bold: true, size: 12, underline: true })], 120),
        centre([run(r.numberLine, { size: 12 })]),
      ]),
      cell(CONTENT - left, [
        centre([run(r.motto[0], { bold: true, size: 12 })]),
        centre([run(r.motto[1], { bold: true, size: 13, underline: true })], 120),
        centre([run(r.placeDate, { italics: true })]),
      ]),
    ] })],
  });
}

function dataTable(t: ReportTable): (Paragraph | Table)[] {
  const cellPara = (s: string, c: number, bold = false, header = false) => new Paragraph({
    alignment: header ? AlignmentType.CENTER : t.numeric[c] ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [run(s, { bold, size: 11 })],
  });
  const row = (cells: string[], o: { bold?: boolean; header?: boolean } = {}) => new TableRow({
    tableHeader: o.header,
    cantSplit: true,
    children: cells.map((s, c) => new TableCell({ children: [cellPara(s, c, o.bold || o.header, o.header)] })),
  });
  return [
    new Paragraph({ spacing: { before: 200, after: 80 }, keepNext: true, children: [run(t.title, { bold: true, size: 12 })] }),
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      rows: [row(t.headers, { header: true }), ...t.rows.map((r) => row(r)), ...(t.total ? [row(t.total, { bold: true })] : [])],
    }),
  ];
}

function closing(r: OfficialReport): Table {
  const half = Math.round(CONTENT / 2);
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: [half, CONTENT - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [
      cell([new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }), ...r.recipients.map((line) => new Paragraph({ children: [run(line, { size: 11 })] }))]),
      cell([
        centre([run(r.signature.title, { bold: true })]),
        centre([run(r.signature.note, { italics: true, size: 11 })], 1200),
        centre([run(r.signature.name, { bold: true })]),
      ]),
    ] })],
  });
}

export function officialReportDocx(r: OfficialReport): Promise<Buffer> {
  const doc = new Document({
    creator: DEPARTMENT_NAME,
    title: `${r.type} ${r.summary} – ${r.scopeLine}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } },
      },
      headers: {
        // Decree 30: page numbers from page 2, at the top centre.
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 22 })] })] }),
        first: new Header({ children: [] }),
      },
      children: [
        heading(r),
        new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(r.type, { bold: true, size: 14 })] }),
        centre([run(r.summary, { bold: true })]),
        centre([run(r.scopeLine, { bold: true })], 240),
        ...r.paragraphs.map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { after: 120 }, children: [run(p)] })),
        ...r.tables.flatMap(dataTable),
        new Paragraph({ spacing: { after: 240 }, children: [] }),
        closing(r),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
