import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { checkpointCsvTemplate } from '@/lib/checkpoints/csv/export';

// GET [?sep=semicolon]: the empty import file with its Vietnamese headers.
export const GET = route(async ({ req, actor }) => {
  const signedIn = await requireActor(actor);
  const semicolon = new URL(req.url).searchParams.get('sep') === 'semicolon';
  return downloadResponse(checkpointCsvTemplate(signedIn, semicolon ? ';' : ','), 'Mẫu nhập chốt kiểm soát.csv');
});
