import { route } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { listPublicContacts } from '@/lib/contacts/queries';
import { toVCards } from '@/lib/contacts/vcard';

export const GET = route(async () => {
  return new Response(toVCards(await listPublicContacts()), {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': contentDisposition('Danh bạ hỗ trợ Sở TT&TT Quảng Ngãi.vcf'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
});
