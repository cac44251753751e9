/** Pixels as canvas ImageData and image decoders give them: RGBA, row by row. */
export interface RgbaImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

function luminance(image: RgbaImage): Uint8Array {
  const out = new Uint8Array(image.width * image.height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = (image.data[p] * 77 + image.data[p + 1] * 150 + image.data[p + 2] * 29) >> 8;
  }
  return out;
}

/** Otsu's threshold over the luminance histogram: the split that best separates dark from light. */
function otsuThreshold(gray: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const g of gray) histogram[g]++;
  const total = gray.length;
  const sumAll = histogram.reduce((sum, count, level) => sum + count * level, 0);
  let [best, threshold, weightDark, sumDark] = [0, 127, 0, 0];
  for (let level = 0; level < 256; level++) {
    weightDark += histogram[level];
    if (weightDark === 0 || weightDark === total) continue;
    sumDark += level * histogram[level];
    const meanDark = sumDark / weightDark;
    const meanLight = (sumAll - sumDark) / (total - weightDark);
    const between = weightDark * (total - weightDark) * (meanDark - meanLight) ** 2;
    if (between > best) [best, threshold] = [between, level];
  }
  return threshold;
}

/** Black-and-white version of a photo, for QR codes under uneven light. */
export function binarise(image: RgbaImage): RgbaImage {
  const gray = luminance(image);
  const threshold = otsuThreshold(gray);
  const data = new Uint8ClampedArray(gray.length * 4);
  for (let i = 0; i < gray.length; i++) {
    const v = gray[i] > threshold ? 255 : 0;
    data.set([v, v, v, 255], i * 4);
  }
  return { data, width: image.width, height: image.height };
}

/** Box-filter downscale by an integer factor; large camera frames decode better smaller. */
export function downscale(image: RgbaImage, factor: number): RgbaImage {
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) {
          for (let dx = 0; dx < factor; dx++) sum += image.data[((y * factor + dy) * image.width + x * factor + dx) * 4 + c];
        }
        data[(y * width + x) * 4 + c] = sum / area;
      }
    }
  }
  return { data, width, height };
}
