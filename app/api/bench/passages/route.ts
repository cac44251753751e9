import { bareRouteEnabled, writeBarePassage } from '@/lib/passages/bench-bare';

// The bare route of `npm run bench:ingest`: absent (404) unless the benchmark started the server
// with BENCH_BARE_ROUTE=1. No validation, no auth, no judging: the baseline the handler is measured against.
export async function POST(req: Request): Promise<Response> {
  if (!bareRouteEnabled()) return new Response(null, { status: 404 });
  await writeBarePassage(await req.json());
  return new Response(null, { status: 201 });
}
