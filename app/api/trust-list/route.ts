import { route, requireActor } from '@/lib/http/route';
import { trustListForConsole } from '@/lib/trust/signers';

/** The enabled document signers (kid, country, DER base64) and a version, for the console's offline copy. */
export const GET = route(async ({ actor }) => {
  const list = await trustListForConsole(await requireActor(actor));
  return Response.json(list, { headers: { 'Cache-Control': 'private, no-cache' } });
});
