import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from '@/lib/passages/aggregates';
import { EVIDENCE_LABELS as CHECK_EVIDENCE_LABELS, RESULT_DISPLAY, SOURCE_LABELS as CHECK_SOURCE_LABELS } from '@/lib/checks/labels';
import type { Totals } from './types';

// Words and number formats of the statistics views (dashboard, exports, report), pure so the
// client charts, the CSV/XLSX builders and tests share them.

export const METHOD_LABELS: Record<PassageMethod, string> = {
  direct: 'Cán bộ xem trực tiếp',
  officer_scan: 'Cán bộ quét mã chứng nhận',
  citizen_scan: 'Người dân tự quét mã chốt',
};
export const SOURCE_LABELS: Record<PassageSource, string> = CHECK_SOURCE_LABELS;
/** The console's words ("tự khai", "cán bộ xem"…), capitalised to head a row or a legend. */
export const EVIDENCE_LABELS = Object.fromEntries(
  Object.entries(CHECK_EVIDENCE_LABELS).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
) as Record<PassageEvidence, string>;
export const RESULT_LABELS = Object.fromEntries(
  Object.entries(RESULT_DISPLAY).map(([k, v]) => [k, v.title.charAt(0) + v.title.slice(1).toLowerCase()]),
) as Record<PassageResult, string>;

export const METHODS = Object.keys(METHOD_LABELS) as PassageMethod[];
export const SOURCES = Object.keys(SOURCE_LABELS) as PassageSource[];
export const EVIDENCES = Object.keys(EVIDENCE_LABELS) as PassageEvidence[];
export const RESULTS = Object.keys(RESULT_LABELS) as PassageResult[];

/** Result colours, ordered from good to bad; the tables and words carry the meaning too. */
export const RESULT_COLOURS: Record<PassageResult, string> = {
  valid: '#15803d',
  under_14_days: '#d97706',
  incomplete_doses: '#b91c1c',
  expired: '#7e22ce',
  invalid_certificate: '#1e293b',
  unverified: '#94a3b8',
};

const numberFormat = new Intl.NumberFormat('vi-VN');
export const formatCount = (n: number) => numberFormat.format(n);

/** A share in [0, 1], or null when nothing was counted (shown as "—", never as 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function formatPercent(value: number | null, digits = 1): string {
  if (value == null) return '—';
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value * 100)} %`;
}

/** Relative change from `previous` to `current`, or null when there was nothing before. */
export function change(current: number, previous: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}

/** "+12,5 %", "−3,0 %", "0,0 %", or a phrase when there is no previous period to compare with. */
export function formatChange(value: number | null): string {
  if (value == null) return 'không có kỳ trước để so sánh';
  const text = formatPercent(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Percentage-point change between two shares: "+2,1 điểm %". */
export function formatPointChange(current: number | null, previous: number | null): string {
  if (current == null || previous == null) return 'không có kỳ trước để so sánh';
  const points = (current - previous) * 100;
  const text = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(points));
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${text} điểm %`;
}

export type MapMeasure = 'total' | 'valid' | 'certified';
export const MAP_MEASURES: { key: MapMeasure; param: string; label: string }[] = [
  { key: 'total', param: 'tong', label: 'Tổng lượt kiểm tra' },
  { key: 'valid', param: 'hop-le', label: 'Tỉ lệ hợp lệ' },
  { key: 'certified', param: 'chung-nhan', label: 'Tỉ lệ có chứng nhận đã kiểm' },
];
/** The map's measure from `?chiso=`; anything unknown falls back to the total. */
export function parseMapMeasure(param: string | string[] | undefined | null): MapMeasure {
  return MAP_MEASURES.find((m) => m.param === param)?.key ?? 'total';
}

export function measureValue(t: Totals, measure: MapMeasure): number | null {
  if (measure === 'total') return t.total;
  return share(measure === 'valid' ? t.valid : t.certified, t.total);
}

export function formatMeasure(value: number | null, measure: MapMeasure): string {
  return measure === 'total' ? formatCount(value ?? 0) : formatPercent(value);
}

/** Five light-to-dark blues (sequential, readable by the colour-blind); "no data" is hatched grey. */
export const MAP_STEPS = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'];
export const NO_DATA_COLOUR = '#e2e8f0';

/** The step of `value` on a 0…max scale (shares use 0…1), or -1 for no data. */
export function stepOf(value: number | null, max: number): number {
  if (value == null || max <= 0) return -1;
  return Math.min(MAP_STEPS.length - 1, Math.floor((value / max) * MAP_STEPS.length));
}
