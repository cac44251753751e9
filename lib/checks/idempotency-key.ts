// Keys come from crypto.getRandomValues, which every browser has on plain HTTP too;
// crypto.randomUUID exists only in secure contexts (HTTPS), so it is not used.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 128 random bits as 22 characters of [A-Za-z0-9_-] (the contract asks for 16–64). */
export function randomToken(bytes = 16): string {
  const values = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(values);
  let out = '';
  // 6 bits per character; the last character carries the remaining bits.
  let buffer = 0;
  let bits = 0;
  for (const value of values) {
    // Only the unread bits matter (at most 13), so the buffer never overflows.
    buffer = ((buffer << 8) | value) & 0x3fff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (6 - bits)) & 63];
  return out;
}

export const newIdempotencyKey = () => randomToken(16);

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
