import 'server-only';
import { getSecret } from '@/lib/config/secrets';
import { publicBaseUrl } from '@/lib/config/base-url';
import { signPosterToken } from './token';

/** The token printed for one poster version of a checkpoint (by its integer `number`). */
export function posterTokenFor(checkpointNumber: number, version: number): string {
  return signPosterToken(getSecret('POSTER_HMAC_KEY'), checkpointNumber, version);
}

/** What the poster's QR holds: `${PUBLIC_BASE_URL}/c/${token}`. */
export function posterUrlFor(checkpointNumber: number, version: number): string {
  return `${publicBaseUrl().url}/c/${posterTokenFor(checkpointNumber, version)}`;
}

/** The address printed beside the manual code, without the scheme (shorter to type). */
export function manualCodeAddress(): string {
  return `${publicBaseUrl().url.replace(/^https?:\/\//, '')}/c`;
}
