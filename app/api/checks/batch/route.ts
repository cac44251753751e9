import { route } from '@/lib/http/route';
import { ingestChecks, MAX_BATCH } from '@/lib/passages/ingest';
import { limitChecks, readJson } from '@/lib/passages/http';
import { refusal } from '@/lib/passages/outcome';

/** A device's queue, up to 100 checks: 200 with one outcome per item, in order; limits count each item (lib/passages/http.ts). */
export const POST = route(async ({ req, actor }) => {
  const read = await readJson(req, 1_000_000);
  if (!read.ok) return read.response;
  const items = (read.body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BATCH) {
    return Response.json(refusal(null, 'invalid_input', `Gửi từ 1 đến ${MAX_BATCH} lượt kiểm tra trong trường "items".`), { status: 400 });
  }
  const limited = await limitChecks(req, items);
  if (limited) return limited;
  return Response.json({ results: await ingestChecks(items, { actor }) });
});
