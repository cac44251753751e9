// The printable report covers one calendar week (Monday to Sunday) or one calendar month that
// contains a given local day. Pure date arithmetic on yyyy-MM-dd strings (UTC noon avoids DST).

export type ReportKind = 'tuan' | 'thang';

export interface ReportPeriod {
  kind: ReportKind;
  from: string;
  to: string;
  /** "Tuần 47 (17/11/2026 – 23/11/2026)" or "Tháng 11/2026". */
  label: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dmy = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

function parseDay(s: string | undefined | null): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || iso(d) !== s ? null : d;
}

/** ISO-8601 week number of a Monday-based week. */
function isoWeek(monday: Date): number {
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1, 12);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

/** The period of `kind` around `day`; unknown kinds mean a week, bad days mean `today`. */
export function reportPeriod(kindParam: string | undefined | null, dayParam: string | undefined | null, today: string): ReportPeriod {
  const kind: ReportKind = kindParam === 'thang' ? 'thang' : 'tuan';
  const day = parseDay(dayParam) ?? parseDay(today)!;
  if (kind === 'thang') {
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth();
    const from = iso(new Date(Date.UTC(y, m, 1, 12)));
    const to = iso(new Date(Date.UTC(y, m + 1, 0, 12)));
    return { kind, from, to, label: `Tháng ${from.slice(5, 7)}/${y}` };
  }
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const from = iso(monday);
  const to = iso(new Date(monday.getTime() + 6 * 86_400_000));
  return { kind, from, to, label: `Tuần ${isoWeek(monday)} (${dmy(from)} – ${dmy(to)})` };
}

/** The same kind of period just before (for "kỳ trước") and after, as yyyy-MM-dd days inside them. */
export function neighbourDays(p: ReportPeriod): { previous: string; next: string } {
  const from = parseDay(p.from)!;
  const to = parseDay(p.to)!;
  return { previous: iso(new Date(from.getTime() - 86_400_000)), next: iso(new Date(to.getTime() + 86_400_000)) };
}

/**
 * How a report period's totals are compared: with the calendar week or month before (not "the
 * same number of days before"); unfinished periods by their elapsed span (compare.ts).
 */
export function reportComparison(p: ReportPeriod): { kind: 'week' | 'month'; previous: { from: string; to: string } } {
  const before = reportPeriod(p.kind, neighbourDays(p).previous, p.from);
  return { kind: p.kind === 'thang' ? 'month' : 'week', previous: { from: before.from, to: before.to } };
}

/** The report period a range is, when it is exactly one (?ky= on an export of the report). */
export function asReportPeriod(kindParam: string | undefined | null, from: string, to: string): ReportPeriod | null {
  if (kindParam !== 'tuan' && kindParam !== 'thang') return null;
  const p = reportPeriod(kindParam, from, from);
  return p.from === from && p.to === to ? p : null;
}
