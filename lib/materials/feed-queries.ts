import 'server-only';
import { and, arrayContains, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { materials } from '@/db/schema';
import type { Audience, MaterialKind, Topic } from './catalog';
import { isPublicMaterial } from './visibility';

export interface FeedFilters {
  kind?: MaterialKind;
  audience?: Audience;
  topic?: Topic;
}

/** Feed readers poll often; the newest entries are what they need, older ones they already hold. */
export const FEED_SIZE = 50;

/**
 * The newest public materials for the Atom feed, with the library's filters. A scheduled material
 * joins when its time comes (the same `isPublicMaterial` as the library), and its entry's
 * `updated` is then its publication time, so readers see it as new rather than backdated.
 */
export async function listFeedMaterials(filters: FeedFilters = {}) {
  const where: SQL[] = [isPublicMaterial()];
  if (filters.kind) where.push(eq(materials.kind, filters.kind));
  if (filters.audience) where.push(arrayContains(materials.audiences, [filters.audience]));
  if (filters.topic) where.push(arrayContains(materials.topics, [filters.topic]));
  return getDb()
    .select({
      id: materials.id, slug: materials.slug, kind: materials.kind, title: materials.title, summary: materials.summary,
      audiences: materials.audiences, topics: materials.topics, publishedAt: materials.publishedAt,
      updatedAt: sql<Date>`greatest(${materials.updatedAt}, ${materials.publishedAt})`.mapWith(materials.updatedAt),
    })
    .from(materials)
    .where(and(...where))
    .orderBy(desc(materials.publishedAt), desc(materials.id))
    .limit(FEED_SIZE);
}

export type FeedMaterial = Awaited<ReturnType<typeof listFeedMaterials>>[number];
