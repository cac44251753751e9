import { route } from '@/lib/http/route';
import { fileResponse, isFirstByteRequest } from '@/lib/http/file-response';
import { findMaterialFile, recordMaterialDownload } from '@/lib/materials/download';

// `?xem=1` opens the file in the browser (PDF preview in a new tab, images); without it the
// file downloads under its Vietnamese name and, when public, counts as one download.
export const GET = route<{ id: string }>(async ({ req, params, actor }) => {
  const file = await findMaterialFile(params.id, actor);
  const inline = new URL(req.url).searchParams.get('xem') === '1';
  const response = await fileResponse(req, file, { disposition: inline ? 'inline' : 'attachment', visibility: file.isPublic ? 'public' : 'private' });
  if (!inline && file.isPublic && response.status < 300 && isFirstByteRequest(req)) await recordMaterialDownload(file.materialId);
  return response;
});

export const HEAD = GET;
