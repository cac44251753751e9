import jsQR from 'jsqr';
import { binarise, downscale, type RgbaImage } from './image-variants';

type Inversion = 'dontInvert' | 'onlyInvert';

function attempt(image: RgbaImage, inversion: Inversion): string | null {
  const data = image.data instanceof Uint8ClampedArray ? image.data : new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return jsQR(data, image.width, image.height, { inversionAttempts: inversion })?.data ?? null;
}

/** Working size for the first try: a QR fills a good part of a camera frame, and smaller is faster. */
const WORKING_SIZE = 800;

/** Image variants worth a try, the likeliest and cheapest first. */
function* variants(image: RgbaImage): Generator<[RgbaImage, Inversion]> {
  const factor = Math.floor(Math.min(image.width, image.height) / WORKING_SIZE);
  const working = factor >= 2 ? downscale(image, factor) : image;
  yield [working, 'dontInvert'];
  if (working !== image) yield [image, 'dontInvert'];
  yield [binarise(working), 'dontInvert'];
  for (const extra of [2, 3]) {
    if (Math.min(working.width, working.height) / extra < 120) break;
    const small = downscale(working, extra);
    yield [small, 'dontInvert'];
    yield [binarise(small), 'dontInvert'];
  }
  // Light-on-dark codes (a phone in dark mode) are rare, so they are tried last.
  yield [working, 'onlyInvert'];
}

/**
 * Reads the text of a QR code from RGBA pixels (a canvas ImageData in the browser, a decoded
 * file in Node). Photos of screens and paper vary, so the image is tried at a working size,
 * as it is, binarised, downscaled and inverted. Returns null when no variant decodes. A camera
 * frame takes only the first, cheapest try (`firstOnly`): the next frame is the next chance, and
 * all variants on every frame multiplied the main thread's work by five while the QR was not in view.
 */
export function decodeQrFromImage(image: RgbaImage, options: { firstOnly?: boolean } = {}): string | null {
  for (const [variant, inversion] of variants(image)) {
    if (options.firstOnly) return attempt(variant, inversion);
    const text = attempt(variant, inversion);
    if (text) return text;
  }
  return null;
}
