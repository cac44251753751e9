// Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so local dates are plain
// arithmetic: several times cheaper than Intl on the ingest path, which needs them for every check
// (a test compares both over random instants).
// No Date objects where a number does: ingest judges every check of a batch with these, and on the
// server Next wraps the Date constructor (a reflective call per `new Date`).
const OFFSET_MS = 7 * 3_600_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of a Date, an ISO string or a number of milliseconds. */
export function instantMs(instant: Date | string | number): number {
  const t = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(t)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return t;
}

// The last day written out: a batch of checks nearly always falls on one local day.
let lastDay = Number.NaN;
let lastDate = '';

/** yyyy-MM-dd of the Asia/Ho_Chi_Minh calendar day an instant falls on. */
export function localDateOf(instant: Date | string | number): string {
  const day = Math.floor((instantMs(instant) + OFFSET_MS) / DAY_MS);
  if (day !== lastDay) {
    lastDate = new Date(day * DAY_MS).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}

/** Hour 0–23 of an instant in Asia/Ho_Chi_Minh. */
export function localHourOf(instant: Date | string | number): number {
  const local = instantMs(instant) + OFFSET_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

function utcMidnight(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a yyyy-MM-dd date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Calendar days from one yyyy-MM-dd date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written yyyy-MM-dd (rejects 2021-02-30; years before 100 too). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  return year >= 100 && day >= 1 && day <= days; // days is undefined for a month outside 1–12
}
