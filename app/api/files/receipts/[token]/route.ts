import { route } from '@/lib/http/route';
import { fileResponse } from '@/lib/http/file-response';
import { findReceiptFile } from '@/lib/letters/receipt';

// The letter's file for whoever holds a recipient's personal link (no session needed).
export const GET = route<{ token: string }>(async ({ req, params }) => {
  const file = await findReceiptFile(params.token);
  const inline = new URL(req.url).searchParams.get('xem') === '1';
  return fileResponse(req, file, { disposition: inline ? 'inline' : 'attachment', visibility: 'private' });
});

export const HEAD = GET;
