/**
 * Base45 (RFC 9285), the QR-friendly alphabet the HC1 payload uses. Small enough to own:
 * decoding is strict (alphabet, chunk length and value range) because a lenient decoder
 * would turn a misread QR into garbage that fails later with a less helpful reason.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

function invalidCharacter(text: string, index: number): never {
  throw new Error(`invalid Base45 character ${JSON.stringify(text[index])} at ${index}`);
}

/** Alphabet value of the character at `index`; the loop below is the hot path of every scan. */
function valueAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? VALUES[code] : -1;
  return value < 0 ? invalidCharacter(text, index) : value;
}

export function decodeBase45(text: string): Uint8Array {
  const length = text.length;
  if (length % 3 === 1) throw new Error(`invalid Base45 length ${length}`);
  const out = new Uint8Array(Math.floor(length / 3) * 2 + (length % 3 === 2 ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = valueAt(text, i) + valueAt(text, i + 1) * 45 + valueAt(text, i + 2) * 2025;
    if (n > 0xffff) throw new Error(`Base45 chunk at ${i} exceeds two bytes`);
    out[o++] = n >> 8;
    out[o++] = n & 0xff;
  }
  if (i < length) {
    const n = valueAt(text, i) + valueAt(text, i + 1) * 45;
    if (n > 0xff) throw new Error(`Base45 chunk at ${i} exceeds one byte`);
    out[o] = n;
  }
  return out;
}

export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i] * 256 + bytes[i + 1];
      const c = n % 45;
      n = (n - c) / 45;
      const d = n % 45;
      out += ALPHABET[c] + ALPHABET[d] + ALPHABET[(n - d) / 45];
    } else {
      out += ALPHABET[bytes[i] % 45] + ALPHABET[Math.floor(bytes[i] / 45)];
    }
  }
  return out;
}
