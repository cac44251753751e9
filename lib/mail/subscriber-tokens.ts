import 'server-only';
import crypto from 'node:crypto';
import { getSecret } from '@/lib/config/secrets';
import { isUuid } from '@/lib/validation/ids';

// Subscription links carry the subscriber's id and a MAC of it: nothing to store, nothing to
// leak from the table, and the unsubscribe link of every mail keeps working for ever.
type Purpose = 'confirm' | 'unsubscribe';

const mac = (purpose: Purpose, id: string) =>
  crypto.createHmac('sha256', Buffer.from(crypto.hkdfSync('sha256', getSecret('AUTH_SECRET'), 'qn-mail', 'subscriber-links', 32)))
    .update(`${purpose}:${id}`)
    .digest('base64url')
    .slice(0, 32);

export function subscriberToken(purpose: Purpose, id: string): string {
  return `${id}.${mac(purpose, id)}`;
}

/** The subscriber id a token stands for, or null for anything forged or malformed. */
export function subscriberIdFromToken(purpose: Purpose, token: string): string | null {
  const [id, sig] = token.split('.');
  if (!id || !sig || !isUuid(id)) return null;
  const expected = Buffer.from(mac(purpose, id));
  const given = Buffer.from(sig);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : null;
}
