import 'server-only';
import { manualCodeAddress, posterUrlFor } from './url';
import { createPosterDocument } from './pdf/document';
import { posterContent, type PosterContent, type PosterSubject } from './pdf/content';
import { writePosterPages } from './pdf/write-pages';
import type { PosterSize } from './sizes';

export function contentFor(subject: PosterSubject): PosterContent {
  return posterContent(subject, { url: posterUrlFor(subject.number, subject.version), codeAddress: manualCodeAddress() });
}

/** A PDF of these posters, one page each, as a Node stream that is written as it is read. */
export function posterPdfStream(title: string, subjects: PosterSubject[], size: PosterSize): PDFKit.PDFDocument {
  const doc = createPosterDocument(title);
  writePosterPages(doc, subjects, contentFor, size).then(
    () => !doc.destroyed && doc.end(),
    (error) => doc.destroy(error as Error),
  );
  return doc;
}

/** A whole PDF in memory: fine for one poster or a few. */
export async function posterPdfBuffer(title: string, subjects: PosterSubject[], size: PosterSize): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of posterPdfStream(title, subjects, size)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
