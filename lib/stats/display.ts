import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from '@/lib/passages/aggregates';
import { EVIDENCE_LABELS as CHECK_EVIDENCE_LABELS, RESULT_DISPLAY, SOURCE_LABELS as CHECK_SOURCE_LABELS } from '@/lib/checks/labels';
import { formatShare } from './percent';
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

/** A share in [0, 1], or null when nothing was counted: for colour scales, never for text (see percent.ts). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
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

/** The measure in words: a count, or the share written by the one percentage formatter. */
export function formatMeasure(t: Totals, measure: MapMeasure): string {
  if (measure === 'total') return formatCount(t.total);
  return formatShare(measure === 'valid' ? t.valid : t.certified, t.total);
}

/** Five light-to-dark blues (sequential, readable by the colour-blind); "no data" is hatched grey. */
export const MAP_STEPS = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'];
export const NO_DATA_COLOUR = '#e2e8f0';

/** The step of `value` on a 0…max scale (shares use 0…1), or -1 for no data. */
export function stepOf(value: number | null, max: number): number {
  if (value == null || max <= 0) return -1;
  return Math.min(MAP_STEPS.length - 1, Math.floor((value / max) * MAP_STEPS.length));
}
