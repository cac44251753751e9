// The one way a percentage is written (dashboard, report, CSV): the exact fraction of two integer
// counts, rounded half up to one decimal, Vietnamese decimal comma, and a non-breaking space
// before "%" so "100,0 %" never splits across lines. Rounding is done on integers (BigInt), not
// on a float: 1441/2000 is 72,05 % exactly and must read 72,1 %, while the double 0.7205 * 100
// is 72.04999… and a float-based formatter writes 72,0 %. XLSX keeps the exact fraction instead.

/** U+00A0: keeps the number and its "%" together. */
export const NBSP = '\u00a0';

/**
 * A percentage as its two integer counts, so every reader rounds it the same way: a share
 * part/whole, a relative change (current − previous)/previous, or a change in percentage points
 * between two shares (exact: a difference of two fractions is one fraction of integers).
 */
export interface Share {
  part: number;
  whole: number;
  kind?: 'share' | 'change' | 'points';
}

const grouping = new Intl.NumberFormat('vi-VN');

/** Tenths of a percent of |part| / whole, rounded half up. */
function tenthsOfPercent(part: bigint, whole: bigint): bigint {
  const magnitude = part < 0n ? -part : part;
  return (magnitude * 2000n + whole) / (2n * whole);
}

function written(tenths: bigint, unit: string): string {
  return `${grouping.format(tenths / 10n)},${tenths % 10n}${NBSP}${unit}`;
}

/** "72,1 %" for part/whole, or "—" when nothing was counted (never 0 % for no data). */
export function formatShare(part: number, whole: number): string {
  if (!(whole > 0)) return '—';
  return written(tenthsOfPercent(BigInt(part), BigInt(whole)), '%');
}

/**
 * "tăng 12,5 %", "giảm 3,0 %", "0,0 %", or "tăng 2,1 điểm %": words rather than a sign, which
 * reads naturally and, in a CSV, is not taken for a formula (a leading "+" would be defused).
 */
function formatSigned(s: Share, unit: string): string {
  const tenths = tenthsOfPercent(BigInt(s.part), BigInt(s.whole));
  const text = written(tenths, unit);
  return tenths === 0n ? text : s.part > 0 ? `tăng${NBSP}${text}` : `giảm${NBSP}${text}`;
}

/** The one formatter: any Share in words, "—" for none. */
export function formatShareOf(s: Share | null | undefined): string {
  if (!s || !(s.whole > 0)) return '—';
  if (s.kind === 'change') return formatSigned(s, '%');
  if (s.kind === 'points') return formatSigned(s, `điểm${NBSP}%`);
  return formatShare(s.part, s.whole);
}

export const shareOf = (part: number, whole: number): Share => ({ part, whole });

/** Relative change from `previous` to `current`, or null when there was nothing before. */
export const changeOf = (current: number, previous: number): Share | null =>
  previous > 0 ? { part: current - previous, whole: previous, kind: 'change' } : null;

/** Change in percentage points from share `before` to share `now`, or null if either is empty. */
export function pointChangeOf(now: Share, before: Share): Share | null {
  if (!(now.whole > 0) || !(before.whole > 0)) return null;
  return { part: now.part * before.whole - before.part * now.whole, whole: now.whole * before.whole, kind: 'points' };
}

/**
 * The exact value for XLSX, which formats it itself: a fraction for shares and changes (percent
 * format), a number of points for point changes.
 */
export const shareValue = (s: Share): number | null => (s.whole > 0 ? (s.kind === 'points' ? (s.part * 100) / s.whole : s.part / s.whole) : null);

/** The XLSX number format that writes shareValue as formatShareOf does. */
export const shareNumFmt = (s: Share): string =>
  s.kind === 'change' ? '+0.0%;−0.0%;0.0%' : s.kind === 'points' ? '+0.0" điểm %";−0.0" điểm %";0.0" điểm %"' : '0.0%';

export const isShare = (v: unknown): v is Share => typeof v === 'object' && v != null && 'part' in v && 'whole' in v;
