import { describe, expect, it } from 'vitest';
import { binarise, downscale, type RgbaImage } from './image-variants';

/** A 4×2 image: left half dark grey, right half light grey. */
function twoTone(): RgbaImage {
  const data = new Uint8ClampedArray(4 * 2 * 4);
  for (let i = 0; i < 8; i++) data.set(i % 4 < 2 ? [40, 40, 40, 255] : [200, 200, 200, 255], i * 4);
  return { data, width: 4, height: 2 };
}

describe('image variants for QR photos', () => {
  it('binarises to pure black and white around the histogram split', () => {
    const { data } = binarise(twoTone());
    expect([data[0], data[4], data[8], data[12]]).toEqual([0, 0, 255, 255]);
  });

  it('downscales by averaging blocks', () => {
    const small = downscale(twoTone(), 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect([small.data[0], small.data[4]]).toEqual([40, 200]);
  });
});
