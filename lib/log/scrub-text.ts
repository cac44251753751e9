/**
 * Masks what is personal or secret in free text (messages, SQL, console output) by its shape, for
 * text no key tells about: a certificate QR payload, anything that looks like a phone or ID number,
 * and long opaque tokens (poster tokens, link codes, session JWTs).
 */
const RULES: [RegExp, string][] = [
  // Base45 payload of an EU DCC / Vietnamese vaccine passport QR (its alphabet includes the space).
  [/HC1:[0-9A-Z $%*+\-./:]*/gi, '[redacted-hc1]'],
  [/\b(Bearer|Basic)\s+\S+/gi, '$1 [redacted-token]'],
  // Eight or more digits, single spaces, dots or dashes between them: phones (+84 905 123 456), ID numbers.
  [/(?<![\w+])\+?\d(?:[ .-]?\d){7,}(?!\w)/g, '[redacted-number]'],
  // 20+ URL-safe characters with a digit or a capital: tokens and codes, not snake_case SQL names
  // nor SCREAMING_SNAKE_CASE setting names (a log may say which variable is missing).
  [/(?<![\w-])(?![A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w-]))(?=[\w-]*[0-9A-Z])[\w-]{20,}(?![\w-])/g, '[redacted-token]'],
];

// ANSI colour codes (Next's console output) would otherwise split digit runs and hide them.
const ANSI = /\u001b\[[0-9;]*m/g;

export function scrubText(text: string): string {
  let out = text.replace(ANSI, '');
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
