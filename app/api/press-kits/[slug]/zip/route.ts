import { route } from '@/lib/http/route';
import { NotFoundError } from '@/lib/auth/errors';
import { contentDisposition } from '@/lib/http/content-disposition';
import { getPublicPressKit } from '@/lib/press-kits/queries';
import { pressKitZip } from '@/lib/press-kits/zip';

export const GET = route<{ slug: string }>(async ({ params }) => {
  const kit = await getPublicPressKit(params.slug);
  if (!kit) throw new NotFoundError('Không tìm thấy bộ tài liệu.');
  return new Response(await pressKitZip(kit), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition(`${kit.title}.zip`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
});
