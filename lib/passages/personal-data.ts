import 'server-only';
import crypto from 'node:crypto';
import { getSecret } from '@/lib/config/secrets';
import type { ParsedCheck } from './check-schema';

// Keyed (HMAC-SHA256) hashes: without the server key, nobody can test guessed phone or ID numbers
// against a stolen database. Each use has its own domain so hashes never match across kinds.
let key: crypto.KeyObject | undefined;
function keyedHash(domain: string, value: string): string {
  key ??= crypto.createSecretKey(Buffer.from(getSecret('PERSONAL_DATA_HASH_KEY')));
  return crypto.createHmac('sha256', key).update(`${domain}\0${value}`).digest('hex');
}

/** For a phone already normalised by `normalizePhone`. */
export const hashPhone = (phone: string) => keyedHash('phone', phone);

/** For an ID number already normalised by `normalizeIdNumber`. */
export const hashIdNumber = (idNumber: string) => keyedHash('id', idNumber);

/**
 * The fingerprint of a check's content, to tell a retry (same key, same body) from a reuse of its
 * key for something else. Computed over the validated, normalised fields, so formatting
 * differences (spaces in a phone, a +07:00 offset, key order) are not a different body; zod's
 * output follows the schema's key order, which makes plain JSON canonical (a test pins this).
 * What the device showed (`provisionalResult`) is not part of it. `checkedAt`: the check's instant,
 * when the caller already has it as a Date.
 */
export function hashCheckBody(check: ParsedCheck, checkedAt = new Date(check.checkedAt)): string {
  const { idempotencyKey: _key, provisionalResult: _shown, ...body } = check;
  return keyedHash('body', JSON.stringify({ ...body, checkedAt: checkedAt.toISOString() }));
}
