// XML 1.0 allows only these characters (§2.2): tabs, newlines and most of Unicode, but no other
// C0 controls, no lone surrogates and not U+FFFE/U+FFFF. Pasted text (Word, PDFs) carries them.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe for XML element content and attribute values (double-quoted). */
export function xmlText(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
