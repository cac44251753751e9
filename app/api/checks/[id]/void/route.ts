import { route, requireActor } from '@/lib/http/route';
import { NotFoundError } from '@/lib/auth/errors';
import { voidPassage } from '@/lib/passages/void';

/** An officer voids a mistaken check at their checkpoint, within 15 minutes of its arrival. */
export const POST = route<{ id: string }>(async ({ params, actor }) => {
  if (!/^\d{1,15}$/.test(params.id)) throw new NotFoundError('Không tìm thấy lượt kiểm tra.');
  return Response.json(await voidPassage(await requireActor(actor), Number(params.id)));
});
