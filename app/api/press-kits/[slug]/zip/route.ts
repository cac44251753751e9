import { route } from '@/lib/http/route';
import { NotFoundError } from '@/lib/auth/errors';
import { downloadResponse } from '@/lib/http/download';
import { getPublicPressKit } from '@/lib/press-kits/queries';
import { pressKitZip } from '@/lib/press-kits/zip';

export const GET = route<{ slug: string }>(async ({ params }) => {
  const kit = await getPublicPressKit(params.slug);
  if (!kit) throw new NotFoundError('Không tìm thấy bộ tài liệu.');
  return downloadResponse(await pressKitZip(kit), `${kit.title}.zip`, { cacheControl: 'no-store' });
});
