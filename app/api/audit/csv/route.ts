import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { exportAuditCsv } from '@/lib/audit/export';
import { parseAuditFilters } from '@/lib/audit/filters';

// The same URL parameters as /quan-tri/nhat-ky: the file holds what the page shows.
export const GET = route(async ({ req, actor }) => {
  const filters = parseAuditFilters(Object.fromEntries(new URL(req.url).searchParams));
  const { csv, fileName } = await exportAuditCsv(await requireActor(actor), filters);
  return downloadResponse(csv, fileName);
});
