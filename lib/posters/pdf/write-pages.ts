import type { PosterSize } from '../sizes';
import type { PosterContent } from './content';
import { addPosterPage } from './draw-poster';
import { readerCaughtUp } from './backpressure';

const YIELD_EVERY = 20;

/**
 * Adds one page per item. Every few pages it waits until the document's reader has taken what
 * was written, so a thousand posters stream out at the reader's pace instead of piling up.
 */
export async function writePosterPages<T>(doc: PDFKit.PDFDocument, items: Iterable<T>, contentOf: (item: T) => PosterContent, size: PosterSize) {
  let count = 0;
  for (const item of items) {
    // The download was cancelled: stop drawing.
    if (doc.destroyed) break;
    addPosterPage(doc, contentOf(item), size);
    count++;
    if (count % YIELD_EVERY === 0) await readerCaughtUp(doc);
  }
  return count;
}
