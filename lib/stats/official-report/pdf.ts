import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { DEPARTMENT_NAME } from '@/lib/config/site';
import type { OfficialReport, ReportTable } from './model';

// The Decree 30 report on A4: margins top/bottom 20 mm, left 30 mm, right 15 mm; a serif face with
// every Vietnamese letter (DejaVu Serif, since Times New Roman cannot be shipped); page numbers at
// the top centre from page 2. Table cells never wrap: the font shrinks until the widest cell fits.

const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const PAD = 3;
const FACES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' } as const;
type Face = keyof typeof FACES;

let fontCache: Record<Face, Buffer> | undefined;
function fonts(): Record<Face, Buffer> {
  fontCache ??= Object.fromEntries(Object.entries(FACES).map(([face, file]) => [
    face, fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file)),
  ])) as Record<Face, Buffer>;
  return fontCache;
}

type Doc = PDFKit.PDFDocument;
const contentWidth = (doc: Doc) => doc.page.width - MARGINS.left - MARGINS.right;
const bottom = (doc: Doc) => doc.page.height - MARGINS.bottom;

/** The largest size ≤ max at which `s` fits in `width` on one line. */
function fit(doc: Doc, s: string, face: Face, width: number, max: number): number {
  doc.font(face);
  let size = max;
  while (size > 8 && doc.fontSize(size).widthOfString(s) > width) size -= 0.5;
  return size;
}

function centred(doc: Doc, s: string, face: Face, size: number, x: number, width: number, y: number): number {
  doc.font(face).fontSize(fit(doc, s, face, width, size));
  const w = doc.widthOfString(s);
  doc.text(s, x + (width - w) / 2, y, { lineBreak: false });
  return y + doc.currentLineHeight(true);
}

function rule(doc: Doc, centreX: number, y: number, width: number) {
  doc.moveTo(centreX - width / 2, y).lineTo(centreX + width / 2, y).lineWidth(0.6).stroke();
}

function headingBlock(doc: Doc, r: OfficialReport): number {
  const x = MARGINS.left;
  const w = contentWidth(doc);
  const left = w * 0.42;
  const right = w - left;
  let ly = centred(doc, r.parentBody, 'regular', 12, x, left, MARGINS.top);
  ly = centred(doc, r.issuer, 'bold', 12, x, left, ly);
  rule(doc, x + left / 2, ly + 2, left / 3);
  ly = centred(doc, r.numberLine, 'regular', 12, x, left, ly + 8);
  let ry = centred(doc, r.motto[0], 'bold', 12, x + left, right, MARGINS.top);
  ry = centred(doc, r.motto[1], 'bold', 13, x + left, right, ry);
  doc.font('bold').fontSize(13);
  rule(doc, x + left + right / 2, ry + 1, doc.widthOfString(r.motto[1]));
  ry = centred(doc, r.placeDate, 'italic', 13, x + left, right, ry + 8);
  return Math.max(ly, ry) + 18;
}

function titleBlock(doc: Doc, r: OfficialReport, y: number): number {
  const x = MARGINS.left;
  const w = contentWidth(doc);
  y = centred(doc, r.type, 'bold', 14, x, w, y);
  y = centred(doc, r.summary, 'bold', 13, x, w, y);
  y = centred(doc, r.scopeLine, 'bold', 13, x, w, y);
  rule(doc, x + w / 2, y + 2, w / 4);
  return y + 14;
}

function paragraph(doc: Doc, s: string, y: number): number {
  doc.font('regular').fontSize(12.5);
  const options = { width: contentWidth(doc), align: 'justify' as const, indent: 10 * MM, lineGap: 2 };
  if (y + doc.heightOfString(s, options) > bottom(doc)) { doc.addPage(); y = MARGINS.top; }
  doc.text(s, MARGINS.left, y, options);
  return doc.y + 6;
}

/** Column widths at which no cell wraps (headers may), and the font size that allows it. */
function layout(doc: Doc, t: ReportTable, width: number): { size: number; widths: number[] } {
  const body = [...t.rows, ...(t.total ? [t.total] : [])];
  for (let size = 10; ; size -= 0.5) {
    doc.fontSize(size);
    const need = t.headers.map((h, c) => {
      doc.font('bold');
      const word = Math.max(...h.split(/\s+/).map((part) => doc.widthOfString(part)));
      const cells = Math.max(0, ...body.map((row) => { doc.font(row === t.total ? 'bold' : 'regular'); return doc.widthOfString(row[c] ?? ''); }));
      return Math.max(word, cells) + 2 * PAD + 1;
    });
    const sum = need.reduce((a, b) => a + b, 0);
    if (sum <= width || size <= 6) {
      doc.font('bold');
      const wish = t.headers.map((h, c) => Math.max(need[c], doc.widthOfString(h) + 2 * PAD + 1));
      const extra = width - sum;
      const room = wish.map((w, c) => w - need[c]);
      const roomSum = room.reduce((a, b) => a + b, 0);
      const widths = need.map((n, c) => n + (roomSum > 0 ? Math.min(room[c], (extra * room[c]) / roomSum) : 0));
      const left = width - widths.reduce((a, b) => a + b, 0);
      const text = t.numeric.findIndex((n) => !n);
      widths[text >= 0 ? text : widths.length - 1] += left;
      return { size, widths };
    }
  }
}

function drawTable(doc: Doc, t: ReportTable, y: number): number {
  const x0 = MARGINS.left;
  const { size, widths } = layout(doc, t, contentWidth(doc));
  doc.fontSize(size);
  const rowHeight = doc.font('regular').currentLineHeight(true) + 2 * PAD;
  doc.font('bold');
  const headerHeight = Math.max(...t.headers.map((h, c) => doc.heightOfString(h, { width: widths[c] - 2 * PAD }))) + 2 * PAD;
  if (y + 20 + headerHeight + rowHeight > bottom(doc)) { doc.addPage(); y = MARGINS.top; }
  doc.font('bold').fontSize(12);
  doc.text(t.title, x0, y, { lineBreak: false });
  y += doc.currentLineHeight(true) + 4;

  const header = (top: number) => {
    doc.font('bold').fontSize(size).lineWidth(0.5);
    let x = x0;
    t.headers.forEach((h, c) => {
      doc.rect(x, top, widths[c], headerHeight).stroke();
      doc.text(h, x + PAD, top + PAD, { width: widths[c] - 2 * PAD, align: 'center' });
      x += widths[c];
    });
    return top + headerHeight;
  };
  const row = (cells: string[], top: number, face: Face) => {
    doc.font(face).fontSize(size).lineWidth(0.5);
    let x = x0;
    cells.forEach((s, c) => {
      doc.rect(x, top, widths[c], rowHeight).stroke();
      const w = doc.widthOfString(s);
      const at = t.numeric[c] ? x + widths[c] - PAD - w : x + PAD;
      doc.text(s, at, top + PAD, { lineBreak: false });
      x += widths[c];
    });
    return top + rowHeight;
  };
  y = header(y);
  for (const cells of t.rows) {
    if (y + rowHeight > bottom(doc)) { doc.addPage(); y = header(MARGINS.top); }
    y = row(cells, y, 'regular');
  }
  if (t.total) {
    if (y + rowHeight > bottom(doc)) { doc.addPage(); y = header(MARGINS.top); }
    y = row(t.total, y, 'bold');
  }
  return y + 12;
}

function closingBlock(doc: Doc, r: OfficialReport, y: number) {
  const x = MARGINS.left;
  const w = contentWidth(doc);
  if (y + 150 > bottom(doc)) { doc.addPage(); y = MARGINS.top; }
  y += 6;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', x, y, { lineBreak: false });
  let ly = y + doc.currentLineHeight(true);
  doc.font('regular').fontSize(11);
  for (const line of r.recipients) {
    doc.text(line, x, ly, { lineBreak: false });
    ly += doc.currentLineHeight(true);
  }
  const half = w / 2;
  let ry = centred(doc, r.signature.title, 'bold', 13, x + half, half, y);
  ry = centred(doc, r.signature.note, 'italic', 11, x + half, half, ry);
  centred(doc, r.signature.name, 'bold', 13, x + half, half, ry + 60);
}

function pageNumbers(doc: Doc) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(11);
    const s = String(i + 1);
    doc.text(s, (doc.page.width - doc.widthOfString(s)) / 2, MARGINS.top / 2, { lineBreak: false });
  }
}

export function officialReportPdf(r: OfficialReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: MARGINS, bufferPages: true, lang: 'vi-VN', displayTitle: true,
    info: { Title: `${r.type} ${r.summary} – ${r.scopeLine}`, Author: DEPARTMENT_NAME, Creator: 'Cổng kiểm soát chốt Quảng Ngãi' },
  });
  for (const [face, bytes] of Object.entries(fonts())) doc.registerFont(face, bytes);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let y = titleBlock(doc, r, headingBlock(doc, r));
  for (const p of r.paragraphs) y = paragraph(doc, p, y);
  y += 4;
  for (const t of r.tables) y = drawTable(doc, t, y);
  closingBlock(doc, r, y);
  pageNumbers(doc);
  doc.end();
  return done;
}
