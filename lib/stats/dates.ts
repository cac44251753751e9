import { localDay } from '@/lib/text/format';

// Local days (Asia/Ho_Chi_Minh) as yyyy-MM-dd strings; arithmetic on them in UTC so that no
// server time zone or daylight saving can shift a day.
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const todayLocal = (now: Date = new Date()): string => localDay(now);

/** A real calendar day in yyyy-MM-dd form (rejects 2026-02-30 and the like). */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (1 for the same day). */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function daysOf(from: string, to: string): string[] {
  const n = dayCount(from, to);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(from, i));
}
