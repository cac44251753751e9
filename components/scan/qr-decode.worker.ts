/// <reference lib="webworker" />
import { decodeQrFromImage } from '@/lib/dcc/qr/decode-qr-image';
import type { DecodeAnswer, DecodeRequest } from './qr-decode-messages';

// Decodes QR images off the page's thread: jsQR on a camera frame or a photo takes from tens of
// milliseconds to seconds on a cheap phone (or a loaded, GPU-less machine), and on the main
// thread that froze the console (buttons, the verdict, the sync) for as long.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, bitmap, maxSide, firstOnly } = event.data;
  let answer: DecodeAnswer;
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    canvas ??= new OffscreenCanvas(width, height);
    if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0, width, height);
    answer = { id, text: decodeQrFromImage(context.getImageData(0, 0, width, height), { firstOnly }) };
  } catch {
    answer = { id, text: null, failed: true };
  } finally {
    bitmap.close();
  }
  scope.postMessage(answer);
};

// Id 0 is no request's: it says the worker's files are loaded (and, through the service worker, kept).
scope.postMessage({ id: 0, text: null } satisfies DecodeAnswer);
