import jsQR from 'jsqr';
import { binarise, downscale, type RgbaImage } from './image-variants';

function attempt(image: RgbaImage): string | null {
  const data = image.data instanceof Uint8ClampedArray ? image.data : new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return jsQR(data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Image variants worth a try, cheapest and most faithful first. */
function* variants(image: RgbaImage): Generator<RgbaImage> {
  yield image;
  yield binarise(image);
  for (const factor of [2, 3]) {
    if (Math.min(image.width, image.height) / factor < 120) break;
    const small = downscale(image, factor);
    yield small;
    yield binarise(small);
  }
}

/**
 * Reads the text of a QR code from RGBA pixels (a canvas ImageData in the browser, a decoded
 * file in Node). Photos of screens and paper vary, so the image is tried as it is, then
 * binarised and downscaled. Returns null when no variant decodes.
 */
export function decodeQrFromImage(image: RgbaImage): string | null {
  for (const variant of variants(image)) {
    const text = attempt(variant);
    if (text) return text;
  }
  return null;
}
