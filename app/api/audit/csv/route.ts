import { route, requireActor } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { exportAuditCsv } from '@/lib/audit/export';
import { parseAuditFilters } from '@/lib/audit/filters';

// The same URL parameters as /quan-tri/nhat-ky: the file holds what the page shows.
export const GET = route(async ({ req, actor }) => {
  const filters = parseAuditFilters(Object.fromEntries(new URL(req.url).searchParams));
  const { csv, fileName } = await exportAuditCsv(await requireActor(actor), filters);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
});
