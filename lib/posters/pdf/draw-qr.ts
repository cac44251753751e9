import { QR_QUIET_ZONE, qrMatrix } from '../qr';

/**
 * Draws the QR as vector rectangles, one per horizontal run of dark modules, written as a single
 * path and filled once: far fewer operators than one square per module, and sharp at any size.
 * The path is written in module units under a scaling transform, so its numbers are short
 * integers (cheaper to write and to compress than point positions, and the same shapes).
 * `width` is the symbol itself; the quiet zone of four modules around it is left blank.
 */
export function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, width: number): { quietZone: number; version: number } {
  const { size, dark, version } = qrMatrix(url);
  const m = width / size;
  // A hair (0.05 pt) taller than the module so that rows meet without a visible seam.
  const h = ` ${(Math.round(((m + 0.05) / m) * 10_000) / 10_000).toString()} re`;
  let path = '';
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const on = col < size && dark(col, row);
      if (on && start < 0) start = col;
      if (!on && start >= 0) {
        path += `${start} ${row} ${col - start}${h}\n`;
        start = -1;
      }
    }
  }
  doc.save();
  doc.transform(m, 0, 0, m, x, y);
  doc.addContent(path);
  doc.fill('#000000');
  doc.restore();
  return { quietZone: QR_QUIET_ZONE * m, version };
}
