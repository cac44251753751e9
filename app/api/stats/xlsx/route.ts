import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { loadStatsExport } from '@/lib/stats/export/load';
import { sectionsToXlsx } from '@/lib/stats/export/xlsx';

// GET with the dashboard's query: one sheet per section of the view.
export const GET = route(async ({ req, actor }) => {
  const url = new URL(req.url);
  const data = await loadStatsExport(await requireActor(actor), Object.fromEntries(url.searchParams));
  const body = await sectionsToXlsx(data.heading, data.sections, { title: data.title });
  return downloadResponse(body, `${data.fileBase}.xlsx`);
});
