import { route, requireActor } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { checkpointCsvTemplate } from '@/lib/checkpoints/csv/export';

// GET [?sep=semicolon]: the empty import file with its Vietnamese headers.
export const GET = route(async ({ req, actor }) => {
  const signedIn = await requireActor(actor);
  const semicolon = new URL(req.url).searchParams.get('sep') === 'semicolon';
  return new Response(checkpointCsvTemplate(signedIn, semicolon ? ';' : ','), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition('Mẫu nhập chốt kiểm soát.csv'),
      'Cache-Control': 'private, no-store',
    },
  });
});
