import { route, requireActor } from '@/lib/http/route';
import { getCheckpointToday } from '@/lib/passages/checkpoint-today';

// Today's count and last checks at one checkpoint: the console polls it; district staff read it.
export const GET = route<{ id: string }>(async ({ params, actor }) => {
  const today = await getCheckpointToday(await requireActor(actor), params.id);
  return Response.json(today, { headers: { 'Cache-Control': 'private, no-store' } });
});
