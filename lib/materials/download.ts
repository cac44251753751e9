import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { materials, materialDownloads } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { localDay } from '@/lib/text/format';
import type { ServedFile } from '@/lib/http/file-response';
import { isPublicNow } from './visibility';

export interface MaterialFile extends ServedFile {
  materialId: string;
  isPublic: boolean;
}

/**
 * The file of a material: anyone may have it once the material is public; before that (draft,
 * scheduled) or after (archived) only those who see the admin library. Everyone else gets
 * "not found", so unpublished work does not leak. `actor` is resolved only when needed.
 */
export async function findMaterialFile(id: string, actor: () => Promise<Actor | null>): Promise<MaterialFile> {
  const notFound = new NotFoundError('Không tìm thấy tệp tài liệu.');
  if (!isUuid(id)) throw notFound;
  const [row] = await getDb()
    .select({
      id: materials.id, status: materials.status, publishedAt: materials.publishedAt, key: materials.fileKey,
      name: materials.fileName, mime: materials.fileMime, sha256: materials.fileSha256,
    })
    .from(materials)
    .where(eq(materials.id, id));
  if (!row?.key || !row.name || !row.mime || !row.sha256) throw notFound;
  const isPublic = isPublicNow(row);
  if (!isPublic && !can(await actor(), 'materials.view_admin')) throw notFound;
  return { materialId: row.id, key: row.key, name: row.name, mime: row.mime, sha256: row.sha256, isPublic };
}

/** Counts one download in the material's local-day bucket. */
export async function recordMaterialDownload(materialId: string, at = new Date()): Promise<void> {
  await getDb()
    .insert(materialDownloads)
    .values({ materialId, day: localDay(at), count: 1 })
    .onConflictDoUpdate({ target: [materialDownloads.materialId, materialDownloads.day], set: { count: sql`${materialDownloads.count} + 1` } });
}
