import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { loadCheckpointFor } from '@/lib/checkpoints/load';
import { selectPosterSubjects } from './subjects';
import { posterPdfBuffer } from './render';
import { posterFileName } from './file-names';
import type { PosterSize } from './sizes';

/**
 * The poster PDF of a checkpoint's current version. Regenerating it changes nothing (same token,
 * same code); only the rotate action makes a new version. Each generation is audited.
 */
export async function generateCheckpointPoster(actor: Actor | null, checkpointId: string, size: PosterSize) {
  const db = getDb();
  const checkpoint = await loadCheckpointFor(db, actor, 'posters.generate', checkpointId);
  if (checkpoint.status === 'closed') throw new UserInputError('Chốt đã đóng: không in áp phích cho chốt này.');
  const [subject] = await selectPosterSubjects(db, [eq(checkpoints.id, checkpoint.id)]);
  if (!subject) throw new UserInputError('Chốt chưa có mã QR địa điểm: tạo mã trước khi in áp phích.');
  const fileName = posterFileName(subject.name, subject.version, size);
  const pdf = await posterPdfBuffer(fileName.replace(/\.pdf$/, ''), [subject], size);
  await recordAudit(db, actor, {
    action: 'poster.generate', entityType: 'checkpoint', entityId: checkpoint.id, districtCode: checkpoint.districtCode,
    after: { posterVersion: subject.version, size },
  });
  return { pdf, fileName, version: subject.version };
}
