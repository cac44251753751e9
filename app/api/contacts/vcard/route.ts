import { route } from '@/lib/http/route';
import { downloadResponse } from '@/lib/http/download';
import { listPublicContacts } from '@/lib/contacts/queries';
import { toVCards } from '@/lib/contacts/vcard';

export const GET = route(async () => {
  return downloadResponse(toVCards(await listPublicContacts()), 'Danh bạ hỗ trợ Sở TT&TT Quảng Ngãi.vcf', { cacheControl: 'no-cache' });
});
