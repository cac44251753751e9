import 'server-only';
import { and, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { materials, materialDownloads, pressKitItems, pressKits, letterReceipts } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { foldVietnamese, likeContains } from '@/lib/text/fold';
import { isUuid } from '@/lib/validation/ids';
import type { MaterialKind, PublicationStatus } from './catalog';

export interface AdminMaterialFilters {
  q?: string;
  kind?: MaterialKind;
  status?: PublicationStatus;
}

function downloadTotals() {
  return getDb()
    .select({ materialId: materialDownloads.materialId, total: sql<number>`sum(${materialDownloads.count})::int`.as('total') })
    .from(materialDownloads)
    .groupBy(materialDownloads.materialId)
    .as('download_totals');
}

/** Every material, any status, with its download total (admins and the read-only viewer). */
export async function listMaterialsForAdmin(actor: Actor | null, filters: AdminMaterialFilters = {}) {
  assertCan(actor, 'materials.view_admin');
  const where: SQL[] = [];
  if (filters.kind) where.push(eq(materials.kind, filters.kind));
  if (filters.status) where.push(eq(materials.status, filters.status));
  for (const word of foldVietnamese(filters.q ?? '').split(' ').filter(Boolean)) {
    where.push(ilike(materials.searchText, likeContains(word)));
  }
  const totals = downloadTotals();
  return getDb()
    .select({
      id: materials.id, slug: materials.slug, kind: materials.kind, title: materials.title, documentNumber: materials.documentNumber,
      issuedOn: materials.issuedOn, status: materials.status, publishedAt: materials.publishedAt, fileName: materials.fileName,
      fileSize: materials.fileSize, updatedAt: materials.updatedAt, downloads: sql<number>`coalesce(${totals.total}, 0)`,
    })
    .from(materials)
    .leftJoin(totals, eq(totals.materialId, materials.id))
    .where(and(...where))
    .orderBy(desc(materials.updatedAt))
    .limit(500);
}

/** One material for the admin page: all fields, downloads per day, kits and letters using it. */
export async function getMaterialForAdmin(actor: Actor | null, id: string) {
  assertCan(actor, 'materials.view_admin');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tài liệu.');
  const db = getDb();
  const [material] = await db.select().from(materials).where(eq(materials.id, id));
  if (!material) throw new NotFoundError('Không tìm thấy tài liệu.');
  const [downloadsByDay, [total], kits, [receipts]] = await Promise.all([
    db.select({ day: materialDownloads.day, count: materialDownloads.count }).from(materialDownloads)
      .where(eq(materialDownloads.materialId, id)).orderBy(desc(materialDownloads.day)).limit(90),
    db.select({ count: sql<number>`coalesce(sum(${materialDownloads.count}), 0)::int` }).from(materialDownloads).where(eq(materialDownloads.materialId, id)),
    db.select({ id: pressKits.id, title: pressKits.title, slug: pressKits.slug }).from(pressKitItems)
      .innerJoin(pressKits, eq(pressKits.id, pressKitItems.kitId)).where(eq(pressKitItems.materialId, id)),
    db.select({ count: sql<number>`count(*)::int` }).from(letterReceipts).where(eq(letterReceipts.materialId, id)),
  ]);
  const { searchText: _s, fileKey, ...rest } = material;
  return {
    ...rest,
    hasFile: !!fileKey,
    downloadsByDay,
    downloadTotal: total.count,
    kits,
    receiptCount: receipts.count,
  };
}

/** Materials a press kit may bundle: everything not archived, newest first. */
export async function listMaterialsForKits(actor: Actor | null) {
  assertCan(actor, 'materials.view_admin');
  return getDb()
    .select({ id: materials.id, title: materials.title, kind: materials.kind, status: materials.status, documentNumber: materials.documentNumber, issuedOn: materials.issuedOn })
    .from(materials)
    .where(sql`${materials.status} <> 'archived'`)
    .orderBy(desc(materials.updatedAt))
    .limit(500);
}
