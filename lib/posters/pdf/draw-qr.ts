import { QR_QUIET_ZONE, qrMatrix } from '../qr';

// Hundredths of a point (3.5 µm) are far below any printer's dot, and keep the content short.
const pt = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * Draws the QR as vector rectangles, one per horizontal run of dark modules, written as a single
 * path and filled once: far fewer operators than one square per module, and sharp at any size.
 * `width` is the symbol itself; the quiet zone of four modules around it is left blank.
 */
export function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, width: number): { quietZone: number; version: number } {
  const { size, dark, version } = qrMatrix(url);
  const m = width / size;
  // A hair taller than the module so that rows meet without a visible seam.
  const h = pt(m + 0.05);
  const path: string[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const on = col < size && dark(col, row);
      if (on && start < 0) start = col;
      if (!on && start >= 0) {
        path.push(`${pt(x + start * m)} ${pt(y + row * m)} ${pt((col - start) * m)} ${h} re`);
        start = -1;
      }
    }
  }
  doc.addContent(path.join('\n'));
  doc.fill('#000000');
  return { quietZone: QR_QUIET_ZONE * m, version };
}
