import { decodeQrFromImage } from '@/lib/dcc/qr/decode-qr-image';
import type { DecodeAnswer, DecodeRequest } from './qr-decode-messages';
import { scaledPixels } from './scaled-pixels';

// Browser-only helpers that turn a photo or a camera frame into the QR's text. Loaded with the
// scanner only (dynamic import), never in a page's first load.

/** Photos are read at up to this size: enough for a QR that fills a fifth of a 12 MP photo. */
const PHOTO_MAX_SIDE = 1600;
/**
 * Camera frames are read at up to this size: a QR held in front of the camera fills a good part
 * of the frame, the next frame is the next chance, and a smaller frame decodes faster.
 */
const FRAME_MAX_SIDE = 800;

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

function workerSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function';
}

/**
 * jsQR in a Web Worker, so the page stays responsive while a picture is decoded. Null answers
 * from `decode` mean "no QR"; a worker that cannot start (an old browser, its file not kept
 * offline) or breaks makes `decode` throw once and the reader falls back to the page's thread.
 */
class DecodeWorker {
  private worker: Worker;
  private next = 0;
  private waiting = new Map<number, { resolve: (answer: DecodeAnswer) => void; reject: (error: Error) => void }>();
  broken = false;
  /** Settles once the worker has started (its files loaded), or has failed to. */
  readonly ready: Promise<void>;
  private started = () => {};

  constructor() {
    this.ready = new Promise((resolve) => (this.started = resolve));
    this.worker = new Worker(new URL('./qr-decode.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<DecodeAnswer>) => {
      if (event.data.id === 0) this.started();
      this.waiting.get(event.data.id)?.resolve(event.data);
      this.waiting.delete(event.data.id);
    };
    this.worker.onerror = () => this.fail();
    this.worker.onmessageerror = () => this.fail();
  }

  decode(bitmap: ImageBitmap, maxSide: number, firstOnly: boolean): Promise<DecodeAnswer> {
    if (this.broken) {
      bitmap.close();
      return Promise.reject(new Error('decode worker unavailable'));
    }
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: DecodeRequest = { id, bitmap, maxSide, firstOnly };
      this.worker.postMessage(request, [bitmap]);
    });
  }

  private fail() {
    this.broken = true;
    this.started();
    this.worker.terminate();
    for (const { reject } of this.waiting.values()) reject(new Error('decode worker failed'));
    this.waiting.clear();
  }

  close() {
    this.worker.terminate();
    this.waiting.clear();
    this.started();
  }
}

/**
 * Starts the decoding worker once and stops it, so its files are fetched while online. Only the
 * browser's HTTP cache keeps them: a worker's script lies outside the console service worker's
 * /chot scope, so that worker never sees it. Offline, a worker that cannot load leaves the
 * scanner decoding on the page's thread.
 */
export async function prepareQrReader(): Promise<void> {
  if (!workerSupported()) return;
  const worker = new DecodeWorker();
  await worker.ready;
  worker.close();
}

export interface QrReader {
  /** One camera frame: the QR text, or null (try the next frame). */
  fromVideo(video: HTMLVideoElement): Promise<string | null>;
  /** The QR text in a photo (JPEG, PNG… whatever the browser decodes), or null when none is found. */
  fromFile(file: Blob): Promise<string | null>;
  /** Where the last picture was decoded (shown on the video element for diagnostics and tests). */
  readonly decoder: 'native' | 'worker' | 'page' | null;
  /** Starts the decoding worker now rather than at the first picture. */
  prepare(): void;
  /** Stops the decoding worker (the scanner is closed). */
  close(): void;
}

/** A reader for one scanner: decodes in a worker where the browser can, on the page otherwise. */
export function openQrReader(): QrReader {
  let worker: DecodeWorker | null = null;
  let onPage = !workerSupported();
  let decoder: QrReader['decoder'] = null;
  const start = () => {
    try {
      worker ??= new DecodeWorker();
    } catch {
      onPage = true;
    }
  };
  const inWorker = async (source: ImageBitmapSource, maxSide: number, firstOnly: boolean): Promise<string | null | undefined> => {
    if (onPage) return undefined;
    // Outside the try: a picture the browser cannot decode is the picture's fault, not the worker's.
    const bitmap = await createImageBitmap(source);
    try {
      start();
      if (!worker) throw new Error('no decode worker');
      const answer = await worker.decode(bitmap, maxSide, firstOnly);
      if (answer.failed) throw new Error('the worker cannot draw pictures (no 2D OffscreenCanvas)');
      decoder = 'worker';
      return answer.text;
    } catch {
      bitmap.close(); // a no-op once transferred to the worker
      // From now on this scanner decodes on the page: slower for the page, but it reads.
      onPage = true;
      worker?.close();
      return undefined;
    }
  };

  return {
    get decoder() {
      return decoder;
    },
    async fromVideo(video) {
      // Size is known from HAVE_METADATA, but a frame is drawable only from HAVE_CURRENT_DATA: before
      // that drawImage paints nothing, and decoding an empty canvas only costs time.
      if (!video.videoWidth || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
      const native = nativeDetector();
      if (native) {
        try {
          const [found] = await native.detect(video);
          decoder = 'native';
          return found?.rawValue || null;
        } catch {
          detector = null;
        }
      }
      const text = await inWorker(video, FRAME_MAX_SIDE, true);
      if (text !== undefined) return text;
      decoder = 'page';
      return decodeQrFromImage(scaledPixels(document.createElement('canvas'), video, video.videoWidth, video.videoHeight, FRAME_MAX_SIDE), { firstOnly: true });
    },
    async fromFile(file) {
      const text = await inWorker(file, PHOTO_MAX_SIDE, false);
      if (text !== undefined) return text;
      decoder = 'page';
      const bitmap = await createImageBitmap(file);
      try {
        return decodeQrFromImage(scaledPixels(document.createElement('canvas'), bitmap, bitmap.width, bitmap.height, PHOTO_MAX_SIDE));
      } finally {
        bitmap.close();
      }
    },
    prepare() {
      if (!onPage) start();
    },
    close() {
      worker?.close();
      worker = null;
    },
  };
}
