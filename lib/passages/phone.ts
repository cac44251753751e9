// Pure normalisers shared by the check-in form, the ingest schema and trace look-ups, so that
// "+84 905.123.456" and "0905123456" hash to the same person.

/** A Vietnamese phone number as 0xxxxxxxxx (10–11 digits), or null when it cannot be one. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+')) digits = digits.startsWith('+84') ? `0${digits.slice(3)}` : '';
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) digits = `0${digits.slice(2)}`;
  else if (/^[35789]\d{8}$/.test(digits)) digits = `0${digits}`; // typed without the leading 0
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

/** A CMND (9 digits) or CCCD (12 digits) number, digits only, or null. */
export function normalizeIdNumber(raw: string): string | null {
  const digits = raw.trim().replace(/[\s.\-]/g, '');
  return /^(\d{9}|\d{12})$/.test(digits) ? digits : null;
}
