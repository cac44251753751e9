import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { generateCheckpointPoster } from '@/lib/posters/generate';
import { parsePosterSize } from '@/lib/posters/sizes';

// GET ?size=A4|A5|A3[&download=1]: the current poster of one checkpoint, shown inline (preview in
// a new tab; our CSP forbids framing it) or saved under its Vietnamese name.
export const GET = route<{ id: string }>(async ({ req, params, actor }) => {
  const url = new URL(req.url);
  const { pdf, fileName } = await generateCheckpointPoster(await requireActor(actor), params.id, parsePosterSize(url.searchParams.get('size')));
  return downloadResponse(pdf, fileName, { disposition: url.searchParams.get('download') === '1' ? 'attachment' : 'inline' });
});
