import { route } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { getPublicContact } from '@/lib/contacts/queries';
import { toVCard } from '@/lib/contacts/vcard';

export const GET = route<{ id: string }>(async ({ params }) => {
  const contact = await getPublicContact(params.id);
  return downloadResponse(toVCard(contact), `${contact.name}.vcf`, { cacheControl: 'no-cache' });
});
