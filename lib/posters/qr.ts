import QRCode from 'qrcode';

// Level M restores up to ~15% of damaged modules (rain, dirt, a fold) while keeping the QR
// coarse enough to scan from a distance; the poster token is short, so M stays at version ≤ 6.
export const QR_ERROR_CORRECTION = 'M' as const;
export const QR_QUIET_ZONE = 4;

/** The QR module matrix for a poster URL (true = dark). */
export function qrMatrix(url: string): { size: number; dark: (x: number, y: number) => boolean; version: number } {
  // One byte-mode segment: a URL gains nothing from mixed modes, and the search for the best
  // segmentation costs more than the rest of the QR.
  const qr = QRCode.create([{ data: Buffer.from(url), mode: 'byte' }], { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const { size, data } = qr.modules;
  return { size, version: qr.version, dark: (x, y) => data[y * size + x] === 1 };
}

/** A small SVG of the QR (with its quiet zone) as a data URI, for an on-page preview. */
export async function qrPreviewDataUri(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
