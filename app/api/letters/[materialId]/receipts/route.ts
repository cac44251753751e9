import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { letterTrackingCsv } from '@/lib/letters/tracking';

// `?chua-xac-nhan=1` exports only the recipients who have not confirmed yet.
export const GET = route<{ materialId: string }>(async ({ req, params, actor }) => {
  const pendingOnly = new URL(req.url).searchParams.get('chua-xac-nhan') === '1';
  const { csv, fileName } = await letterTrackingCsv(await requireActor(actor), params.materialId, { pendingOnly });
  return downloadResponse(csv, fileName);
});
