import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { loadStatsExport } from '@/lib/stats/export/load';
import { sectionsToCsv } from '@/lib/stats/export/csv';

// GET with the dashboard's query (&sep=semicolon for Excel set to Vietnamese regional format).
export const GET = route(async ({ req, actor }) => {
  const url = new URL(req.url);
  const data = await loadStatsExport(await requireActor(actor), Object.fromEntries(url.searchParams));
  const csv = sectionsToCsv(data.heading, data.sections, url.searchParams.get('sep') === 'semicolon' ? ';' : ',');
  return downloadResponse(csv, `${data.fileBase}.csv`);
});
