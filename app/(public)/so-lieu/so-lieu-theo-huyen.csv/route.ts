import { route } from '@/lib/http/route';
import { getCachedOpenData } from '@/lib/stats/open-data';
import { OPEN_DATA_FILES, districtsCsv, openDataHeaders } from '@/lib/stats/open-data-files';

export const dynamic = 'force-dynamic';

export const GET = route(async () =>
  new Response(districtsCsv(await getCachedOpenData()), { headers: openDataHeaders(OPEN_DATA_FILES.districts) }));
