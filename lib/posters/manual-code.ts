import crypto from 'node:crypto';

// Read aloud or typed from a poster: no 0/O, 1/I/L, which people confuse.
export const MANUAL_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const MANUAL_CODE_LENGTH = 6;

export function generateManualCode(): string {
  let code = '';
  for (let i = 0; i < MANUAL_CODE_LENGTH; i++) code += MANUAL_CODE_ALPHABET[crypto.randomInt(MANUAL_CODE_ALPHABET.length)];
  return code;
}

/** Upper case without spaces or dashes ("ab3 k-7p" → "AB3K7P"), or null when it cannot be a code. */
export function normalizeManualCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== MANUAL_CODE_LENGTH) return null;
  for (const c of code) if (!MANUAL_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** "AB3K7P" → "AB3 K7P": easier to read off a poster. */
export function formatManualCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
