import { QR_QUIET_ZONE, qrMatrix } from '../qr';

/**
 * Draws the QR as vector rectangles, one per horizontal run of dark modules, filled once: a
 * fraction of the operators of one square per module, and sharp at any print size. `width` is
 * the symbol itself; the quiet zone of four modules around it is left blank.
 */
export function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, width: number): { quietZone: number; version: number } {
  const { size, dark, version } = qrMatrix(url);
  const m = width / size;
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const on = col < size && dark(col, row);
      if (on && start < 0) start = col;
      if (!on && start >= 0) {
        // A hair taller than the module so that rows meet without a visible seam.
        doc.rect(x + start * m, y + row * m, (col - start) * m, m + 0.05);
        start = -1;
      }
    }
  }
  doc.fillColor('#000000').fill();
  return { quietZone: QR_QUIET_ZONE * m, version };
}
