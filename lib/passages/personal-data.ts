import 'server-only';
import crypto from 'node:crypto';
import { getSecret } from '@/lib/config/secrets';
import type { ParsedCheck } from './check-schema';

// Keyed (HMAC-SHA256) hashes: without the server key, nobody can test guessed phone or ID numbers
// against a stolen database. Each use has its own domain so hashes never match across kinds.
function keyedHash(domain: string, value: string): string {
  return crypto.createHmac('sha256', getSecret('PERSONAL_DATA_HASH_KEY')).update(`${domain}\0${value}`).digest('hex');
}

/** For a phone already normalised by `normalizePhone`. */
export const hashPhone = (phone: string) => keyedHash('phone', phone);

/** For an ID number already normalised by `normalizeIdNumber`. */
export const hashIdNumber = (idNumber: string) => keyedHash('id', idNumber);

/**
 * The fingerprint of a check's content, to tell a retry (same key, same body) from a reuse of its
 * key for something else. Computed over the validated, normalised fields in a fixed key order, so
 * formatting differences (spaces in a phone, a +07:00 offset) are not a different body; what the
 * device showed (`provisionalResult`) is not part of it.
 */
export function hashCheckBody(check: ParsedCheck): string {
  const { idempotencyKey: _key, provisionalResult: _shown, ...body } = check;
  return keyedHash('body', canonicalJson({ ...body, checkedAt: new Date(check.checkedAt).toISOString() }));
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
