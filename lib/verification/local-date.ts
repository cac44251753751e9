// Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so local dates are plain
// arithmetic: several times cheaper than Intl on the ingest path, which needs them for every check
// (a test compares both over random instants).
const OFFSET_MS = 7 * 3_600_000;

function shifted(instant: Date | string): Date {
  const t = new Date(instant).getTime();
  if (Number.isNaN(t)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return new Date(t + OFFSET_MS);
}

/** yyyy-MM-dd of the Asia/Ho_Chi_Minh calendar day an instant falls on. */
export function localDateOf(instant: Date | string): string {
  return shifted(instant).toISOString().slice(0, 10);
}

/** Hour 0–23 of an instant in Asia/Ho_Chi_Minh. */
export function localHourOf(instant: Date | string): number {
  return shifted(instant).getUTCHours();
}

const DAY_MS = 86_400_000;

function utcMidnight(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a yyyy-MM-dd date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Calendar days from one yyyy-MM-dd date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** True for a real calendar date written yyyy-MM-dd (rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
