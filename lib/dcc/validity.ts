import { DccError } from './dcc-error';

/**
 * The expiry step: a DCC is valid from its iat to its exp, both inclusive, at the clock the
 * caller passes (the device's or the server's check time; never read here).
 */
export function checkValidityWindow(claims: { issuedAt: Date; expiresAt: Date }, now: Date): void {
  if (now.getTime() < claims.issuedAt.getTime()) {
    throw new DccError('not_yet_valid', `issued at ${claims.issuedAt.toISOString()}, after the check time ${now.toISOString()}`);
  }
  if (now.getTime() > claims.expiresAt.getTime()) {
    throw new DccError('expired', `expired at ${claims.expiresAt.toISOString()}, before the check time ${now.toISOString()}`);
  }
}
