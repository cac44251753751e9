import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of a PDF as poppler's pdftotext reads it, one non-empty line each. */
export function pdfLines(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split(/\r?\n|\f/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/**
 * Rasterises the first page at `dpi` (as a printer or phone camera would see it) and decodes
 * its QR. Also returns the symbol's width in centimetres, measured between the outer corners.
 */
export function decodePosterQr(file: string, dpi = 100): { text: string; widthCm: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-'));
  const prefix = path.join(dir, 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-png', file, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  fs.rmSync(dir, { recursive: true, force: true });
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!qr) throw new Error('No QR code found on the poster');
  const widthPx = qr.location.topRightCorner.x - qr.location.topLeftCorner.x;
  return { text: qr.data, widthCm: (widthPx / dpi) * 2.54 };
}
