import { districtName } from '@/lib/geo/districts';
import { formatDate } from '@/lib/text/format';
import {
  EVIDENCE_LABELS, METHOD_LABELS, RESULT_LABELS, RESULTS, SOURCE_LABELS, share,
} from '../display';
import type { PassageEvidence, PassageMethod, PassageSource } from '@/lib/passages/aggregates';
import type {
  BreakdownRow, CheckpointRank, DailyPoint, DistrictRow, HeatCell, Kpis, Overview, PeriodTotals, ReadinessRow, StatsFilter,
} from '../types';

// The overview as tables with Vietnamese headers: one definition for the CSV, the XLSX sheets
// and the printed report, so every export shows the same numbers as the dashboard.

export type Cell = string | number | null;
export interface Section {
  key: string;
  /** Also the XLSX sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  title: string;
  headers: string[];
  rows: Cell[][];
}

/** Shares as numbers in [0, 1] rounded to 4 places (XLSX formats them as %; CSV keeps the number). */
const ratio = (part: number, whole: number) => {
  const s = share(part, whole);
  return s == null ? null : Math.round(s * 10000) / 10000;
};

export const WEEKDAY_LABELS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

function kpiRow(label: string, p: PeriodTotals): Cell[] {
  const { current: c, previous: v } = p;
  return [label, formatDate(p.from), formatDate(p.to), c.total, c.valid, ratio(c.valid, c.total), c.certified, ratio(c.certified, c.total), v.total, v.valid, v.certified];
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

/** What the filter selected, in words, for the head of an export. */
export function describeFilter(f: StatsFilter, checkpointName?: string | null): Cell[][] {
  return [
    ['Từ ngày', formatDate(f.from)],
    ['Đến ngày', formatDate(f.to)],
    ['Huyện', f.district ? districtName(f.district) : 'Toàn tỉnh'],
    ['Chốt', f.checkpointId ? (checkpointName ?? f.checkpointId) : 'Tất cả'],
    ['Cách kiểm tra', f.method ? METHOD_LABELS[f.method] : 'Tất cả'],
    ['Nguồn', f.source ? SOURCE_LABELS[f.source] : 'Tất cả'],
    ['Bằng chứng', f.evidence ? EVIDENCE_LABELS[f.evidence] : 'Tất cả'],
  ];
}

export const kpiSection = (k: Kpis): Section => ({
  key: 'tong-hop', title: 'Tổng hợp',
  headers: ['Kỳ', 'Từ ngày', 'Đến ngày', 'Tổng lượt', 'Hợp lệ', 'Tỉ lệ hợp lệ', 'Có chứng nhận đã kiểm', 'Tỉ lệ có chứng nhận', 'Kỳ trước: tổng lượt', 'Kỳ trước: hợp lệ', 'Kỳ trước: có chứng nhận'],
  rows: [kpiRow('Khoảng đã chọn', k.range), kpiRow('Hôm nay', k.today), kpiRow('7 ngày qua', k.last7), kpiRow('30 ngày qua', k.last30)],
});

export const dailySection = (daily: DailyPoint[]): Section => ({
  key: 'theo-ngay', title: 'Theo ngày',
  headers: ['Ngày', 'Tổng lượt', ...RESULTS.map((r) => RESULT_LABELS[r])],
  rows: daily.map((d) => [formatDate(d.day), d.total, ...RESULTS.map((r) => d.byResult[r] ?? 0)]),
});

/** The data layer lists all 13 districts (zeros outside the filter); a district view keeps its own. */
export const districtSection = (rows: DistrictRow[], district: string | null = null): Section => ({
  key: 'theo-huyen', title: 'Theo huyện',
  headers: ['Mã', 'Huyện', 'Tổng lượt', 'Hợp lệ', 'Tỉ lệ hợp lệ', 'Có chứng nhận đã kiểm', 'Tỉ lệ có chứng nhận'],
  rows: rows.filter((d) => !district || d.districtCode === district).map((d) => [d.districtCode, districtName(d.districtCode), d.total, d.valid, ratio(d.valid, d.total), d.certified, ratio(d.certified, d.total)]),
});

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
export function overviewSections(o: Overview): Section[] {
  return [
    kpiSection(o.kpis), dailySection(o.daily), districtSection(o.byDistrict, o.filter.district),
    methodSection(o.byMethod), sourceSection(o.bySource), evidenceSection(o.byEvidence),
    heatmapSection(o.heatmap), topSection(o.top), bottomSection(o.bottom), readinessSection(o.readiness),
  ];
}
