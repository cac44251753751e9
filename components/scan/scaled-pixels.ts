/** A canvas on the page (HTMLCanvasElement) or in a worker (OffscreenCanvas): both draw and read back pixels alike. */
export interface PixelCanvas {
  width: number;
  height: number;
  getContext(id: '2d', options: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
}

/**
 * The pixels of a picture (a camera frame, a photo) with its longer side at most maxSide: jsQR
 * needs no more to find a QR, and fewer pixels decode faster. The canvas is resized to the
 * picture; it may be reused from one picture to the next. No DOM global here: the decoding
 * worker imports it.
 */
export function scaledPixels(canvas: PixelCanvas, source: CanvasImageSource, width: number, height: number, maxSide: number): ImageData {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const scaledWidth = Math.max(1, Math.round(width * scale));
  const scaledHeight = Math.max(1, Math.round(height * scale));
  if (canvas.width !== scaledWidth || canvas.height !== scaledHeight) [canvas.width, canvas.height] = [scaledWidth, scaledHeight];
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas context');
  context.drawImage(source, 0, 0, scaledWidth, scaledHeight);
  return context.getImageData(0, 0, scaledWidth, scaledHeight);
}
