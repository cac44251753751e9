import { route } from '@/lib/http/route';
import { getCachedOpenData } from '@/lib/stats/open-data';
import { OPEN_DATA_FILES, openDataHeaders, openDataJson } from '@/lib/stats/open-data-files';

export const dynamic = 'force-dynamic';

export const GET = route(async () =>
  new Response(JSON.stringify(openDataJson(await getCachedOpenData()), null, 2), {
    headers: openDataHeaders(OPEN_DATA_FILES.json),
  }));
