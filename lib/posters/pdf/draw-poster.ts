import type { PosterContent } from './content';
import type { PosterSize } from '../sizes';
import { drawQr } from './draw-qr';
import { stamped } from './stamp';

// Page sizes in PDF points. The layout is designed on A4 and scaled by the width ratio, so A5
// and A3 are the same poster smaller or larger (the QR is 10.6 cm wide on A4).
const PAGE: Record<PosterSize, [number, number]> = { A5: [419.53, 595.28], A4: [595.28, 841.89], A3: [841.89, 1190.55] };
const A4_WIDTH = PAGE.A4[0];
const QR_WIDTH = 300;
const MARGIN = 40;
const BRAND = '#0b4a8a';

export function posterPageSize(size: PosterSize): [number, number] {
  return PAGE[size];
}

type Font = 'regular' | 'bold' | 'mono';

/** Adds one poster page to the document (fonts `regular`, `bold`, `mono` already registered). */
export function addPosterPage(doc: PDFKit.PDFDocument, content: PosterContent, size: PosterSize) {
  const [pageWidth, pageHeight] = PAGE[size];
  const k = pageWidth / A4_WIDTH;
  doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
  const width = pageWidth - 2 * MARGIN * k;
  // Centred text; a line that fits is placed directly, which skips pdfkit's line wrapper (most of
  // the cost of a poster's text), and only a line too long for the page is wrapped.
  const line = (text: string, font: Font, pt: number, y: number, color = '#000000', gap = 0) => {
    const options = { characterSpacing: gap * k };
    doc.font(font).fontSize(pt * k).fillColor(color);
    const textWidth = doc.widthOfString(text, options);
    if (textWidth > width) {
      doc.text(text, MARGIN * k, y, { ...options, width, align: 'center' });
      return doc.y;
    }
    doc.text(text, (pageWidth - textWidth) / 2, y, { ...options, lineBreak: false });
    return y + doc.currentLineHeight(true);
  };

  // What every poster of a batch shares is drawn once per document (stamp.ts); the key names
  // all a stamp's drawing depends on.
  const shared = (text: string, font: Font, pt: number, y: number, color = '#000000') =>
    stamped(doc, JSON.stringify(['line', size, text, font, pt, y, color]), () => line(text, font, pt, y, color));

  let y = stamped(doc, JSON.stringify(['head', size, content.issuerParent, content.issuer]), () => {
    doc.lineWidth(2 * k).strokeColor(BRAND).roundedRect(20 * k, 20 * k, pageWidth - 40 * k, pageHeight - 40 * k, 12 * k).stroke();
    let y = line(content.issuerParent, 'regular', 11, 38 * k);
    y = line(content.issuer, 'bold', 12, y + 2 * k);
    doc.lineWidth(1 * k).moveTo(pageWidth / 2 - 60 * k, y + 4 * k).lineTo(pageWidth / 2 + 60 * k, y + 4 * k).stroke();
    return y;
  });
  y = shared(content.kind, 'bold', 16, y + 18 * k, BRAND);
  // Long names shrink rather than push the QR down: two lines at most. A name that fits on one
  // line at the largest size needs no wrapping to know it.
  const fitsOneLine = doc.font('bold').fontSize(26 * k).widthOfString(content.name) <= width;
  const namePt = fitsOneLine ? 26 : [26, 22, 18, 15].find((pt) => doc.font('bold').fontSize(pt * k).heightOfString(content.name, { width }) <= 2.5 * pt * k) ?? 13;
  y = line(content.name, 'bold', namePt, y + 4 * k);
  y = line(content.place, 'regular', 14, y + 4 * k);
  y = shared(content.purpose, 'bold', 15, y + 8 * k, BRAND);

  const qrWidth = QR_WIDTH * k;
  const qrTop = Math.max(y + 24 * k, 215 * k);
  drawQr(doc, content.url, (pageWidth - qrWidth) / 2, qrTop, qrWidth);

  y = stamped(doc, JSON.stringify(['steps', size, qrTop, content.steps, content.alternative, content.manualCodeIntro]), () => {
    let y = qrTop + qrWidth + 32 * k;
    for (const step of content.steps) y = line(step, 'bold', 17, y + 4 * k);
    y = line(content.alternative, 'regular', 12, y + 8 * k);
    return line(content.manualCodeIntro, 'regular', 12, y + 12 * k);
  });
  line(content.manualCode, 'mono', 30, y + 4 * k, BRAND, 2);

  const footerTop = pageHeight - 84 * k;
  y = shared(content.support, 'regular', 9.5, footerTop, '#333333');
  y = line(content.versionLine, 'regular', 9.5, y + 2 * k, '#333333');
  shared(content.issuedBy, 'regular', 9.5, y + 2 * k, '#333333');
}
