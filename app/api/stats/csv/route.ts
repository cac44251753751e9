import { route, requireActor } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { loadStatsExport } from '@/lib/stats/export/load';
import { sectionsToCsv } from '@/lib/stats/export/csv';

// GET with the dashboard's query (&sep=semicolon for Excel set to Vietnamese regional format).
export const GET = route(async ({ req, actor }) => {
  const url = new URL(req.url);
  const data = await loadStatsExport(await requireActor(actor), Object.fromEntries(url.searchParams));
  const csv = sectionsToCsv(data.heading, data.sections, url.searchParams.get('sep') === 'semicolon' ? ';' : ',');
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(`${data.fileBase}.csv`),
      'Cache-Control': 'private, no-store',
    },
  });
});
