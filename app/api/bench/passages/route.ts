import { bareRouteEnabled, writeBarePassage } from '@/lib/passages/bench-bare';
import { readJson } from '@/lib/passages/http';

// The bare route of `npm run bench:ingest`: absent (404) unless the benchmark started the server
// with BENCH_BARE_ROUTE=1. No validation, no auth, no judging: the baseline the handler is measured against.
export async function POST(req: Request): Promise<Response> {
  if (!bareRouteEnabled()) return new Response(null, { status: 404 });
  const read = await readJson(req, 16_000);
  if (!read.ok) return read.response;
  await writeBarePassage(read.body as Parameters<typeof writeBarePassage>[0]);
  return new Response(null, { status: 201 });
}
