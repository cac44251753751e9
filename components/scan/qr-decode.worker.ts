/// <reference lib="webworker" />
import { decodeQrFromImage } from '@/lib/dcc/qr/decode-qr-image';
import type { DecodeAnswer, DecodeRequest } from './qr-decode-messages';
import { scaledPixels } from './scaled-pixels';

// Decodes QR images off the page's thread: jsQR on a camera frame or a photo takes from tens of
// milliseconds to seconds on a cheap phone (or a loaded, GPU-less machine), and on the main
// thread that froze the console (buttons, the verdict, the sync) for as long.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let canvas: OffscreenCanvas | null = null;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, bitmap, maxSide, firstOnly } = event.data;
  let answer: DecodeAnswer;
  try {
    canvas ??= new OffscreenCanvas(1, 1);
    answer = { id, text: decodeQrFromImage(scaledPixels(canvas, bitmap, bitmap.width, bitmap.height, maxSide), { firstOnly }) };
  } catch {
    answer = { id, text: null, failed: true };
  } finally {
    bitmap.close();
  }
  scope.postMessage(answer);
};

// Id 0 is no request's: it says the worker's files are loaded.
scope.postMessage({ id: 0, text: null } satisfies DecodeAnswer);
