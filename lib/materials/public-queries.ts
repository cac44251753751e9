import 'server-only';
import { and, arrayContains, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { materials } from '@/db/schema';
import { foldVietnamese, likeContains } from '@/lib/text/fold';
import type { Audience, MaterialKind, Topic } from './catalog';
import { isPublicMaterial } from './visibility';

export interface PublicMaterialFilters {
  q?: string;
  kind?: MaterialKind;
  audience?: Audience;
  topic?: Topic;
  year?: number;
  page?: number;
}

export const LIBRARY_PAGE_SIZE = 20;

const year = sql<number>`extract(year from coalesce(${materials.issuedOn}::timestamp, ${materials.publishedAt} at time zone 'Asia/Ho_Chi_Minh'))::int`;

const listColumns = {
  id: materials.id, slug: materials.slug, kind: materials.kind, title: materials.title, summary: materials.summary,
  documentNumber: materials.documentNumber, issuedOn: materials.issuedOn, issuer: materials.issuer, language: materials.language,
  audiences: materials.audiences, topics: materials.topics, publishedAt: materials.publishedAt, videoUrl: materials.videoUrl,
  caption: materials.caption, credit: materials.credit,
  fileName: materials.fileName, fileMime: materials.fileMime, fileSize: materials.fileSize,
};

export type PublicMaterialSummary = Awaited<ReturnType<typeof listLatestMaterials>>[number];

function conditions(filters: PublicMaterialFilters): SQL[] {
  const where = [isPublicMaterial()];
  if (filters.kind) where.push(eq(materials.kind, filters.kind));
  if (filters.audience) where.push(arrayContains(materials.audiences, [filters.audience]));
  if (filters.topic) where.push(arrayContains(materials.topics, [filters.topic]));
  if (filters.year) where.push(sql`${year} = ${filters.year}`);
  // Every word must appear, diacritics aside: "cong van bluezone" finds "Công văn … Bluezone".
  for (const word of foldVietnamese(filters.q ?? '').split(' ').filter(Boolean)) {
    where.push(ilike(materials.searchText, likeContains(word)));
  }
  return where;
}

/** The public library: published materials whose time has come, filtered and paged. */
export async function listPublicMaterials(filters: PublicMaterialFilters = {}) {
  const where = and(...conditions(filters));
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const db = getDb();
  const [items, [{ total }]] = await Promise.all([
    db.select(listColumns).from(materials).where(where)
      .orderBy(desc(sql`coalesce(${materials.issuedOn}::timestamp, ${materials.publishedAt})`), desc(materials.publishedAt))
      .limit(LIBRARY_PAGE_SIZE).offset((page - 1) * LIBRARY_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(materials).where(where),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

/** The newest public materials, for the home page. */
export async function listLatestMaterials(limit = 6) {
  return getDb().select(listColumns).from(materials).where(isPublicMaterial()).orderBy(desc(materials.publishedAt)).limit(limit);
}

/** Years that have public materials, newest first, for the library's year filter. */
export async function listPublicMaterialYears(): Promise<number[]> {
  const rows = await getDb().selectDistinct({ year }).from(materials).where(isPublicMaterial()).orderBy(desc(year));
  return rows.map((r) => r.year).filter((y): y is number => Number.isFinite(y));
}

/** One public material by its slug, or null (drafts, scheduled and archived ones are not public). */
export async function getPublicMaterial(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const [row] = await getDb()
    .select({ ...listColumns, body: materials.body, fileSha256: materials.fileSha256 })
    .from(materials)
    .where(and(eq(materials.slug, slug), isPublicMaterial()));
  return row ?? null;
}
