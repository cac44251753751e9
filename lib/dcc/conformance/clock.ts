const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses the validation clocks the test files use: any number of fraction digits (truncated to
 * milliseconds), offsets with or without a colon, and no offset at all, which means UTC.
 */
export function parseClock(text: string): Date {
  const m = ISO.exec(text.trim());
  if (!m) throw new Error(`unreadable validation clock ${JSON.stringify(text)}`);
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  const zone = m[8]?.toUpperCase();
  if (!zone || zone === 'Z') return new Date(utc);
  const digits = zone.replace(':', '');
  const offsetMinutes = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
  return new Date(utc - offsetMinutes * 60_000);
}
