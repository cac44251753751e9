import crypto from 'node:crypto';
import { route } from '@/lib/http/route';
import { isAudience, isMaterialKind, isTopic } from '@/lib/materials/catalog';
import { listFeedMaterials, type FeedFilters } from '@/lib/materials/feed-queries';
import { FEED_PARAMS, renderAtomFeed } from '@/lib/materials/atom';

// Read per request: a scheduled material must join the feed when its time comes, not at the next build.
export const dynamic = 'force-dynamic';

/** Filters from the library's query names; unknown values are ignored, as the library does. */
function filtersOf(url: URL): FeedFilters {
  const get = (name: string) => url.searchParams.get(name) ?? '';
  const kind = get(FEED_PARAMS.kind);
  const audience = get(FEED_PARAMS.audience);
  const topic = get(FEED_PARAMS.topic);
  return {
    kind: isMaterialKind(kind) ? kind : undefined,
    audience: isAudience(audience) ? audience : undefined,
    topic: isTopic(topic) ? topic : undefined,
  };
}

export const GET = route(async ({ req }) => {
  const url = new URL(req.url);
  // Links in the feed point at the public address when one is configured; otherwise at the host asked.
  const baseUrl = process.env.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '') || url.origin;
  const filters = filtersOf(url);
  const xml = renderAtomFeed({ baseUrl, filters, items: await listFeedMaterials(filters) });
  const etag = `"${crypto.createHash('sha256').update(xml).digest('hex').slice(0, 32)}"`;
  const headers = {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    // Five minutes is how late a scheduled material may show; readers revalidate with the ETag.
    'Cache-Control': 'public, max-age=300, stale-while-revalidate=60',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers.get('if-none-match')?.split(',').some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
});
