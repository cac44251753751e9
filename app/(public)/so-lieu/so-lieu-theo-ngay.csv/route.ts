import { route } from '@/lib/http/route';
import { getCachedOpenData } from '@/lib/stats/open-data';
import { OPEN_DATA_FILES, dailyCsv, openDataHeaders } from '@/lib/stats/open-data-files';

export const dynamic = 'force-dynamic';

export const GET = route(async () =>
  new Response(dailyCsv(await getCachedOpenData()), { headers: openDataHeaders(OPEN_DATA_FILES.daily) }));
