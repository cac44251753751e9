import 'server-only';
import crypto from 'node:crypto';
import { getSecret } from '@/lib/config/secrets';

// A receipt's token, sealed (AES-256-GCM) so that the mail worker can put the personal link in
// deliveries, resends and reminders while a copy of the table alone still opens no letter.
const key = () => Buffer.from(crypto.hkdfSync('sha256', getSecret('AUTH_SECRET'), 'qn-letters', 'receipt-token-seal', 32));

export function sealReceiptToken(token: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The token, or null when the seal is missing or was made with another AUTH_SECRET. */
export function openSealedToken(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
