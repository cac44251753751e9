import { decodeQrFromImage } from '@/lib/dcc/qr/decode-qr-image';

// Browser-only helpers that turn a photo or a camera frame into the QR's text. Loaded with the
// scanner only (dynamic import), never in a page's first load.

const MAX_SIDE = 1600;

function pixelsOf(source: CanvasImageSource, width: number, height: number): ImageData {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The QR text in a photo (JPEG, PNG… whatever the browser decodes), or null when none is found. */
export async function readQrFromFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return decodeQrFromImage(pixelsOf(bitmap, bitmap.width, bitmap.height));
  } finally {
    bitmap.close();
  }
}

type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
let detector: Detector | null | undefined;

/** The browser's own QR detector where it has one (Chrome on Android): faster than jsQR on frames. */
function nativeDetector(): Detector | null {
  if (detector !== undefined) return detector;
  const Native = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
  try {
    detector = Native ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    detector = null;
  }
  return detector;
}

/** One camera frame: the QR text, or null (try the next frame). */
export async function readQrFromVideo(video: HTMLVideoElement): Promise<string | null> {
  // Size is known from HAVE_METADATA, but a frame is drawable only from HAVE_CURRENT_DATA: before
  // that drawImage paints nothing, and decoding an empty canvas only costs time.
  if (!video.videoWidth || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
  const native = nativeDetector();
  if (native) {
    try {
      const [found] = await native.detect(video);
      if (found?.rawValue) return found.rawValue;
      return null;
    } catch {
      detector = null;
    }
  }
  return decodeQrFromImage(pixelsOf(video, video.videoWidth, video.videoHeight), { firstOnly: true });
}
