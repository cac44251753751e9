// What a person may put in text the portal stores and shows back. Pure: forms, the console and
// the server share it.

// Bidirectional controls (U+202E makes "hóa-đơn‮fdp.exe" read as "hóa-đơnexe.pdf") and the
// marks that only steer them. Vietnamese never needs them; pasted text sometimes carries them.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// NUL (PostgreSQL refuses it in text), other C0 and C1 controls, and UTF-16 halves without their
// partner (not text at all). TAB, LF and CR are allowed where a field holds several lines.
const SINGLE_LINE_BAD = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MULTI_LINE_BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const INVALID_TEXT_MESSAGE = 'Có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự lỗi), thường do dán từ nơi khác. Hãy gõ lại.';

/** True when the text holds a control character or a broken UTF-16 pair. */
export function hasForbiddenCharacters(text: string, { multiline = false } = {}): boolean {
  return (multiline ? MULTI_LINE_BAD : SINGLE_LINE_BAD).test(text);
}

/** The text without bidirectional controls, in NFC (keyboards that send decomposed marks match the rest). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '').normalize('NFC');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A name to show or save that may predate these rules: bidi controls dropped, other controls blanked. */
export function displayName(text: string): string {
  return withoutBidiControls(text).replace(LONE_SURROGATE, '\uFFFD').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}
