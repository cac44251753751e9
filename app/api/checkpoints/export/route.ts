import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { exportCheckpointsCsv } from '@/lib/checkpoints/csv/export';
import { parseCheckpointFilters } from '@/lib/checkpoints/filters';
import { localDay } from '@/lib/text/format';

// GET with the list's filters (&sep=semicolon for Excel set to Vietnamese regional format).
export const GET = route(async ({ req, actor }) => {
  const url = new URL(req.url);
  const filters = parseCheckpointFilters(Object.fromEntries(url.searchParams));
  const csv = await exportCheckpointsCsv(await requireActor(actor), filters, url.searchParams.get('sep') === 'semicolon' ? ';' : ',');
  return downloadResponse(csv, `Danh sách chốt kiểm soát ${localDay(new Date())}.csv`);
});
