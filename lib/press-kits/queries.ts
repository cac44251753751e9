import 'server-only';
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { materials, pressKitItems, pressKits } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { isPublicMaterial } from '@/lib/materials/visibility';

const isPublicKit = () => and(eq(pressKits.status, 'published'), lte(pressKits.publishedAt, sql`now()`))!;

/** Items per kit; with `onlyPublic`, only materials the public can see. */
function itemCounts(onlyPublic: boolean) {
  return getDb()
    .select({ kitId: pressKitItems.kitId, items: sql<number>`count(*)::int`.as('items') })
    .from(pressKitItems)
    .innerJoin(materials, eq(materials.id, pressKitItems.materialId))
    .where(onlyPublic ? isPublicMaterial() : undefined)
    .groupBy(pressKitItems.kitId)
    .as('kit_counts');
}

export async function listPressKitsForAdmin(actor: Actor | null) {
  assertCan(actor, 'materials.view_admin');
  const counts = itemCounts(false);
  return getDb()
    .select({
      id: pressKits.id, slug: pressKits.slug, title: pressKits.title, status: pressKits.status, publishedAt: pressKits.publishedAt,
      updatedAt: pressKits.updatedAt, items: sql<number>`coalesce(${counts.items}, 0)`,
    })
    .from(pressKits)
    .leftJoin(counts, eq(counts.kitId, pressKits.id))
    .orderBy(desc(pressKits.updatedAt));
}

export async function getPressKitForAdmin(actor: Actor | null, id: string) {
  assertCan(actor, 'materials.view_admin');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bộ tài liệu.');
  const db = getDb();
  const [kit] = await db.select().from(pressKits).where(eq(pressKits.id, id));
  if (!kit) throw new NotFoundError('Không tìm thấy bộ tài liệu.');
  const items = await db
    .select({ id: materials.id, title: materials.title, kind: materials.kind, status: materials.status })
    .from(pressKitItems)
    .innerJoin(materials, eq(materials.id, pressKitItems.materialId))
    .where(eq(pressKitItems.kitId, id))
    .orderBy(asc(pressKitItems.position));
  return { ...kit, items, materialIds: items.map((i) => i.id) };
}

/** Published kits, newest first, with how many of their materials are public. */
export async function listPublicPressKits(limit = 20) {
  const counts = itemCounts(true);
  return getDb()
    .select({ slug: pressKits.slug, title: pressKits.title, description: pressKits.description, publishedAt: pressKits.publishedAt, items: sql<number>`coalesce(${counts.items}, 0)` })
    .from(pressKits)
    .leftJoin(counts, eq(counts.kitId, pressKits.id))
    .where(isPublicKit())
    .orderBy(desc(pressKits.publishedAt))
    .limit(limit);
}

/** A published kit and its public materials in the kit's order; null when not public. */
export async function getPublicPressKit(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const db = getDb();
  const [kit] = await db
    .select({ id: pressKits.id, slug: pressKits.slug, title: pressKits.title, description: pressKits.description, publishedAt: pressKits.publishedAt, updatedAt: pressKits.updatedAt })
    .from(pressKits)
    .where(and(eq(pressKits.slug, slug), isPublicKit()));
  if (!kit) return null;
  const items = await db
    .select({
      id: materials.id, slug: materials.slug, kind: materials.kind, title: materials.title, summary: materials.summary,
      documentNumber: materials.documentNumber, issuedOn: materials.issuedOn, issuer: materials.issuer, videoUrl: materials.videoUrl,
      caption: materials.caption, credit: materials.credit,
      fileKey: materials.fileKey, fileName: materials.fileName, fileMime: materials.fileMime, fileSize: materials.fileSize, fileSha256: materials.fileSha256,
    })
    .from(pressKitItems)
    .innerJoin(materials, eq(materials.id, pressKitItems.materialId))
    .where(and(eq(pressKitItems.kitId, kit.id), isPublicMaterial()))
    .orderBy(asc(pressKitItems.position));
  return { ...kit, items };
}

export type PublicPressKit = NonNullable<Awaited<ReturnType<typeof getPublicPressKit>>>;
