import { route } from '@/lib/http/route';
import { contentDisposition } from '@/lib/http/content-disposition';
import { getPublicContact } from '@/lib/contacts/queries';
import { toVCard } from '@/lib/contacts/vcard';

export const GET = route<{ id: string }>(async ({ params }) => {
  const contact = await getPublicContact(params.id);
  return new Response(toVCard(contact), {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': contentDisposition(`${contact.name}.vcf`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
});
