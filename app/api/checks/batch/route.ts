import { route } from '@/lib/http/route';
import { ingestChecks, MAX_BATCH } from '@/lib/passages/ingest';
import { limitChecks, readJson } from '@/lib/passages/http';
import { refusal } from '@/lib/passages/outcome';

/** An officer console's queue, up to 100 checks: 200 with one outcome per item, in order. */
export const POST = route(async ({ req, actor }) => {
  const read = await readJson(req, 1_000_000);
  if (!read.ok) return read.response;
  const items = (read.body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BATCH) {
    return Response.json(refusal(null, 'invalid_input', `Gửi từ 1 đến ${MAX_BATCH} lượt kiểm tra trong trường "items".`), { status: 400 });
  }
  // A citizen checks in once, from their own phone, through /api/checks: a batch carrying
  // check-ins would let one anonymous request stand for a queue of citizens at a poster.
  if (items.length > 1 && items.some((item) => (item as { method?: unknown } | null)?.method === 'citizen_scan')) {
    return Response.json(refusal(null, 'invalid_input', 'Mỗi lượt tự khai báo của người dân được gửi riêng, không gửi theo lô.'), { status: 400 });
  }
  const limited = await limitChecks(req, items);
  if (limited) return limited;
  return Response.json({ results: await ingestChecks(items, { actor }) });
});
