import { districtName } from '@/lib/geo/districts';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { EVIDENCE_LABELS, METHOD_LABELS, RESULT_LABELS, RESULTS, SOURCE_LABELS } from '../display';
import { changeOf, pointChangeOf, shareOf, type Share } from '../percent';
import type { PassageEvidence, PassageMethod, PassageSource } from '@/lib/passages/aggregates';
import type {
  BreakdownRow, CheckpointRank, DailyPoint, DistrictRow, HeatCell, Kpis, Overview, PeriodTotals, ReadinessRow, StatsFilter,
} from '../types';

// The overview as tables with Vietnamese headers: one definition for the CSV, the XLSX sheets
// and the printed report, so every export shows the same numbers as the dashboard.

/** A share is kept as its counts: CSV and screen write it with the one formatter, XLSX exactly. */
export type Cell = string | number | null | Share;
export interface Section {
  key: string;
  /** Also the XLSX sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  title: string;
  headers: string[];
  rows: Cell[][];
  /** A total row under the table (printed report, PDF, DOCX); the CSV and XLSX keep rows only. */
  footer?: Cell[];
}

const ratio = shareOf;

export const WEEKDAY_LABELS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** "Chưa hết kỳ (số liệu đến 06:15 06/12/2026)" or "Đã hết kỳ". */
export const periodState = (p: PeriodTotals, madeAt: Date) => (p.unfinished ? `Chưa hết kỳ (số liệu đến ${formatDateTime(madeAt)})` : 'Đã hết kỳ');

function kpiRow(label: string, p: PeriodTotals, madeAt: Date): Cell[] {
  const { current: c, comparison: k } = p;
  const a = k.current;
  const b = k.previous;
  return [
    label, formatDate(p.from), formatDate(p.to), c.total, c.valid, ratio(c.valid, c.total), c.certified, ratio(c.certified, c.total),
    periodState(p, madeAt), k.label, a.total, a.valid, ratio(a.valid, a.total), b.total, b.valid, ratio(b.valid, b.total), b.certified,
    k.windows ? changeOf(a.total, b.total) : null, k.windows ? pointChangeOf(ratio(a.valid, a.total), ratio(b.valid, b.total)) : null,
  ];
}

function breakdown<K extends string>(key: string, title: string, first: string, rows: BreakdownRow<K>[], labels: Record<K, string>): Section {
  return {
    key, title, headers: [first, 'Tổng lượt', 'Hợp lệ', 'Tỉ lệ hợp lệ'],
    rows: rows.map((r) => [labels[r.key] ?? r.key, r.total, r.valid, ratio(r.valid, r.total)]),
  };
}

function ranking(key: string, title: string, rows: CheckpointRank[]): Section {
  return {
    key, title, headers: ['Hạng', 'Chốt', 'Huyện', 'Tổng lượt', 'Hợp lệ', 'Có chứng nhận đã kiểm', 'Tỉ lệ hợp lệ'],
    rows: rows.map((r, i) => [i + 1, r.name, districtName(r.districtCode), r.total, r.valid, r.certified, ratio(r.valid, r.total)]),
  };
}

/** What the filter selected, in words, for the head of an export; an unfinished range says so. */
export function describeFilter(f: StatsFilter, checkpointName?: string | null, range?: PeriodTotals, madeAt = new Date()): Cell[][] {
  const state: Cell[][] = range ? [['Tình trạng', periodState(range, madeAt)], ['So sánh', range.comparison.label]] : [];
  return [
    ['Từ ngày', formatDate(f.from)],
    ['Đến ngày', formatDate(f.to)],
    ['Huyện', f.district ? districtName(f.district) : 'Toàn tỉnh'],
    ['Chốt', f.checkpointId ? (checkpointName ?? f.checkpointId) : 'Tất cả'],
    ['Cách kiểm tra', f.method ? METHOD_LABELS[f.method] : 'Tất cả'],
    ['Nguồn', f.source ? SOURCE_LABELS[f.source] : 'Tất cả'],
    ['Bằng chứng', f.evidence ? EVIDENCE_LABELS[f.evidence] : 'Tất cả'],
    ...state,
  ];
}

/**
 * The KPIs: everything counted so far, whether the period is over, then the like-for-like
 * comparison: the compared span of this period, the same span of the previous one, and the change.
 */
export const kpiSection = (k: Kpis, madeAt: Date): Section => ({
  key: 'tong-hop', title: 'Tổng hợp',
  headers: [
    'Kỳ', 'Từ ngày', 'Đến ngày', 'Tổng lượt', 'Hợp lệ', 'Tỉ lệ hợp lệ', 'Có chứng nhận đã kiểm', 'Tỉ lệ có chứng nhận',
    'Tình trạng', 'So sánh', 'Phần so sánh: tổng lượt', 'Phần so sánh: hợp lệ', 'Phần so sánh: tỉ lệ hợp lệ',
    'Kỳ trước: tổng lượt', 'Kỳ trước: hợp lệ', 'Kỳ trước: tỉ lệ hợp lệ', 'Kỳ trước: có chứng nhận', 'Thay đổi số lượt', 'Thay đổi tỉ lệ hợp lệ',
  ],
  rows: [kpiRow('Khoảng đã chọn', k.range, madeAt), kpiRow('Hôm nay', k.today, madeAt), kpiRow('7 ngày qua', k.last7, madeAt), kpiRow('30 ngày qua', k.last30, madeAt)],
});

export const dailySection = (daily: DailyPoint[]): Section => ({
  key: 'theo-ngay', title: 'Theo ngày',
  headers: ['Ngày', 'Tổng lượt', ...RESULTS.map((r) => RESULT_LABELS[r])],
  rows: daily.map((d) => [formatDate(d.day), d.total, ...RESULTS.map((r) => d.byResult[r] ?? 0)]),
});

/** The data layer lists all 13 districts (zeros outside the filter); a district view keeps its own. */
export const districtSection = (rows: DistrictRow[], district: string | null = null): Section => {
  const shown = rows.filter((d) => !district || d.districtCode === district);
  const sum = shown.reduce((t, d) => ({ total: t.total + d.total, valid: t.valid + d.valid, certified: t.certified + d.certified }), { total: 0, valid: 0, certified: 0 });
  return {
    key: 'theo-huyen', title: 'Theo huyện',
    headers: ['Mã', 'Huyện', 'Tổng lượt', 'Hợp lệ', 'Tỉ lệ hợp lệ', 'Có chứng nhận đã kiểm', 'Tỉ lệ có chứng nhận'],
    rows: shown.map((d) => [d.districtCode, districtName(d.districtCode), d.total, d.valid, ratio(d.valid, d.total), d.certified, ratio(d.certified, d.total)]),
    footer: ['', 'Tổng cộng', sum.total, sum.valid, ratio(sum.valid, sum.total), sum.certified, ratio(sum.certified, sum.total)],
  };
};

export const methodSection = (rows: BreakdownRow<PassageMethod>[]) => breakdown('theo-cach', 'Theo cách kiểm tra', 'Cách kiểm tra', rows, METHOD_LABELS);
export const sourceSection = (rows: BreakdownRow<PassageSource>[]) => breakdown('theo-nguon', 'Theo nguồn', 'Nguồn', rows, SOURCE_LABELS);
export const evidenceSection = (rows: BreakdownRow<PassageEvidence>[]) => breakdown('theo-bang-chung', 'Theo bằng chứng', 'Bằng chứng', rows, EVIDENCE_LABELS);

export const heatmapSection = (cells: HeatCell[]): Section => {
  const counts = new Map(cells.map((c) => [`${c.weekday}|${c.hour}`, c.count]));
  return {
    key: 'theo-gio', title: 'Theo giờ và thứ',
    headers: ['Giờ', ...WEEKDAY_LABELS],
    rows: Array.from({ length: 24 }, (_, hour) => [
      `${String(hour).padStart(2, '0')}:00`,
      ...WEEKDAY_LABELS.map((_, weekday) => counts.get(`${weekday}|${hour}`) ?? 0),
    ]),
  };
};

export const topSection = (rows: CheckpointRank[]) => ranking('chot-nhieu-nhat', 'Chốt nhiều lượt nhất', rows);
export const bottomSection = (rows: CheckpointRank[]) => ranking('chot-it-nhat', 'Chốt ít lượt nhất', rows);

export const readinessSection = (rows: ReadinessRow[]): Section => ({
  key: 'san-sang', title: 'Sẵn sàng của chốt',
  headers: ['Mã', 'Huyện', 'Số chốt', 'Đạt yêu cầu', 'Tỉ lệ đạt'],
  rows: rows.map((r) => [r.districtCode, districtName(r.districtCode), r.checkpoints, r.ready, ratio(r.ready, r.checkpoints)]),
});

/** Every section of the overview, in the dashboard's order. */
export function overviewSections(o: Overview, madeAt: Date): Section[] {
  return [
    kpiSection(o.kpis, madeAt), dailySection(o.daily), districtSection(o.byDistrict, o.filter.district),
    methodSection(o.byMethod), sourceSection(o.bySource), evidenceSection(o.byEvidence),
    heatmapSection(o.heatmap), topSection(o.top), bottomSection(o.bottom), readinessSection(o.readiness),
  ];
}
