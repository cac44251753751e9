import 'server-only';
import { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { UserInputError } from '@/lib/auth/errors';
import { districtScope } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { districtName } from '@/lib/geo/districts';
import { PROVINCE_NAME } from '@/lib/config/site';
import { selectPosterSubjects } from './subjects';
import { posterPdfBuffer, posterPdfStream } from './render';
import { batchFileName, zipEntryName } from './file-names';
import { readerCaughtUp } from './pdf/backpressure';
import type { PosterSize } from './sizes';

export interface BatchRequest {
  /** One district, or the province when absent (a district user always gets its own). */
  districtCode?: string;
  size: PosterSize;
  format: 'pdf' | 'zip';
}

/**
 * The posters of every active checkpoint with a location QR, of one district or the province.
 * Checks permission and scope, audits the generation (which versions), and returns a stream
 * that renders page by page as the download reads it.
 */
export async function generatePosterBatch(actor: Actor | null, request: BatchRequest) {
  assertCan(actor, 'posters.generate', request.districtCode ? { districtCode: request.districtCode } : undefined);
  const districtCode = request.districtCode ?? districtScope(actor) ?? undefined;
  const where: SQL[] = [eq(checkpoints.status, 'active')];
  if (districtCode) where.push(eq(checkpoints.districtCode, districtCode));
  const db = getDb();
  const subjects = await selectPosterSubjects(db, where);
  if (!subjects.length) throw new UserInputError('Không có chốt đang hoạt động nào đã có mã QR để in.');
  const scopeName = districtCode ? districtName(districtCode) : `Toàn tỉnh ${PROVINCE_NAME}`;
  const fileName = batchFileName(scopeName, request.size, request.format);
  await recordAudit(db, actor, {
    action: 'poster.generate_batch', entityType: 'poster_batch', districtCode: districtCode ?? null,
    after: { format: request.format, size: request.size, count: subjects.length, posters: subjects.map((s) => ({ checkpointId: s.checkpointId, posterVersion: s.version })) },
  });
  const title = fileName.replace(/\.(pdf|zip)$/, '');
  const stream = request.format === 'pdf' ? posterPdfStream(title, subjects, request.size) : zipOfPosters(subjects, request.size);
  return { fileName, count: subjects.length, stream: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
}

function zipOfPosters(subjects: Awaited<ReturnType<typeof selectPosterSubjects>>, size: PosterSize): Readable {
  // PDFs are compressed already: storing them is as small and much faster than deflating again.
  const archive = new ZipArchive({ store: true });
  (async () => {
    for (const subject of subjects) {
      const name = zipEntryName(subject.number, subject.name, subject.version);
      archive.append(await posterPdfBuffer(name.replace(/\.pdf$/, ''), [subject], size), { name });
      await readerCaughtUp(archive);
      if (archive.destroyed) return;
    }
    await archive.finalize();
  })().catch((error) => archive.destroy(error as Error));
  return archive;
}
