import path from 'node:path';

export interface SummaryPdf {
  heading: string;
  title: string;
  meta: string[];
  paragraphs: string[];
  /** Said at the top and the bottom of every page we generate: this is not the original. */
  disclaimer: string;
}

const FONTS = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

/** A small A4 PDF in Vietnamese (DejaVu covers every diacritic), for the demo library. */
export async function renderSummaryPdf(doc: SummaryPdf): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4', margin: 56,
    info: { Title: doc.title, Author: 'Cổng kiểm soát chốt và truyền thông — Sở TT&TT Quảng Ngãi (bản tóm tắt)', CreationDate: new Date('2021-09-21T03:00:00Z') },
  });
  pdf.registerFont('regular', path.join(FONTS, 'DejaVuSans.ttf'));
  pdf.registerFont('bold', path.join(FONTS, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  const box = (text: string) => {
    pdf.font('bold').fontSize(9).fillColor('#8a4b00');
    pdf.rect(pdf.x - 6, pdf.y - 4, 495, pdf.heightOfString(text, { width: 483 }) + 8).fillAndStroke('#fff4e0', '#f59e0b');
    pdf.fillColor('#8a4b00').text(text, { width: 483 });
    pdf.moveDown();
  };
  box(doc.disclaimer);
  pdf.font('regular').fontSize(10).fillColor('#334155').text(doc.heading);
  pdf.moveDown(0.5);
  pdf.font('bold').fontSize(15).fillColor('#0b4a8a').text(doc.title);
  pdf.moveDown(0.5);
  pdf.font('regular').fontSize(10).fillColor('#334155');
  for (const line of doc.meta) pdf.text(line);
  pdf.moveDown();
  pdf.font('regular').fontSize(11).fillColor('#0f172a');
  for (const p of doc.paragraphs) {
    pdf.text(p, { align: 'left', lineGap: 2 });
    pdf.moveDown(0.6);
  }
  pdf.moveDown();
  box(doc.disclaimer);
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
