import { route, requireActor } from '@/lib/http/route';
import { fileResponse } from '@/lib/http/file-response';
import { findIncomingLetterFile } from '@/lib/letters/incoming';

export const GET = route<{ receiptId: string }>(async ({ req, params, actor }) => {
  const file = await findIncomingLetterFile(await requireActor(actor), params.receiptId);
  const inline = new URL(req.url).searchParams.get('xem') === '1';
  return fileResponse(req, file, { disposition: inline ? 'inline' : 'attachment', visibility: 'private' });
});

export const HEAD = GET;
