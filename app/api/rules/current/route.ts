import { route, requireActor } from '@/lib/http/route';
import { rulesForConsole } from '@/lib/rules/versions';

/** The rule in force and any scheduled versions, for the console's offline (provisional) verdicts. */
export const GET = route(async ({ actor }) => {
  const rules = await rulesForConsole(await requireActor(actor));
  return Response.json(rules, { headers: { 'Cache-Control': 'private, no-cache' } });
});
