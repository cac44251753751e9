import { route, requireActor } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { generatePosterBatch } from '@/lib/posters/batch';
import { parsePosterSize } from '@/lib/posters/sizes';
import { isDistrictCode } from '@/lib/geo/districts';

// GET ?district=<code>&format=pdf|zip&size=A4: all active checkpoints' posters of a district
// (or the province without `district`), streamed while they are drawn. X-Poster-Count lets the
// page show progress as pages or entries arrive.
export const GET = route(async ({ req, actor }) => {
  const url = new URL(req.url);
  const district = url.searchParams.get('district') ?? '';
  const format = url.searchParams.get('format') === 'zip' ? 'zip' : 'pdf';
  const batch = await generatePosterBatch(await requireActor(actor), {
    districtCode: isDistrictCode(district) ? district : undefined,
    size: parsePosterSize(url.searchParams.get('size')),
    format,
  });
  return downloadResponse(batch.stream, batch.fileName, { headers: { 'X-Poster-Count': String(batch.count) } });
});
