import { route, requireActor } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { letterTrackingCsv } from '@/lib/letters/tracking';

// `?chua-xac-nhan=1` exports only the recipients who have not confirmed yet.
export const GET = route<{ materialId: string }>(async ({ req, params, actor }) => {
  const pendingOnly = new URL(req.url).searchParams.get('chua-xac-nhan') === '1';
  const { csv, fileName } = await letterTrackingCsv(await requireActor(actor), params.materialId, { pendingOnly });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
});
