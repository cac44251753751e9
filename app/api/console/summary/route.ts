import { route, requireActor } from '@/lib/http/route';
import { getConsoleSummary } from '@/lib/passages/console';

// The console polls this for today's count and the last checks at the chosen checkpoint.
export const GET = route(async ({ req, actor }) => {
  const checkpointId = new URL(req.url).searchParams.get('checkpointId') ?? '';
  const summary = await getConsoleSummary(await requireActor(actor), checkpointId);
  return Response.json(summary, { headers: { 'Cache-Control': 'private, no-store' } });
});
