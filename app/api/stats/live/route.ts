import { route, requireActor } from '@/lib/http/route';
import { isDistrictCode } from '@/lib/geo/districts';
import { etagOf, getStatsVersion, matchesEtag } from '@/lib/stats/live';

// The dashboard's poller (every 30 s): 304 while the numbers in the user's scope are unchanged.
// ?district= narrows a province user's fingerprint; a district user asking for another is refused.
export const GET = route(async ({ req, actor }) => {
  const district = new URL(req.url).searchParams.get('district');
  const version = await getStatsVersion(await requireActor(actor), district && isDistrictCode(district) ? district : null);
  const etag = etagOf(version);
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (matchesEtag(req.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
  return Response.json({ version, at: new Date().toISOString() }, { headers });
});
