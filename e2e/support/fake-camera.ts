import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/** The text of the QR in a PNG (a demo passport as the staff page shows it). */
export function qrTextOfPng(png: Buffer): string {
  const image = PNG.sync.read(png);
  const text = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  if (!text) throw new Error('no QR in this PNG');
  return text;
}

/**
 * A small YUV4MPEG2 video (what Chromium's `--use-file-for-fake-video-capture` plays, looping)
 * of a QR held still in front of the camera: black modules on white, 4:2:0 planes, grey chroma.
 * Written in a few lines rather than with ffmpeg, so the test needs no video tool.
 */
export function qrVideo(text: string, { width = 480, height = 360, frames = 2, fps = 5 } = {}): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
  if (scale < 2) throw new Error(`a ${modules.size}-module QR does not fit a ${width}×${height} frame`);
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 255);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) luma.fill(0, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Writes the video to a temporary file and returns its path (Chromium reads it at launch). */
export function writeQrVideo(text: string, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fake-camera-')), `${name}.y4m`);
  fs.writeFileSync(file, qrVideo(text));
  return file;
}
