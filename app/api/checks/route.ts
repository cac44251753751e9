import { route } from '@/lib/http/route';
import { ingestChecks } from '@/lib/passages/ingest';
import { limitChecks, readJson, statusOf } from '@/lib/passages/http';

/** One check (officer, or a citizen's check-in from a poster): 201 stored, 200 duplicate, 4xx refused. */
export const POST = route(async ({ req, actor }) => {
  const read = await readJson(req, 16_000);
  if (!read.ok) return read.response;
  const limited = await limitChecks(req, [read.body]);
  if (limited) return limited;
  const [outcome] = await ingestChecks([read.body], { actor });
  return Response.json(outcome, { status: statusOf(outcome) });
});
