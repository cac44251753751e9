import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from '@/lib/passages/aggregates';

// The contract between the statistics data layer (queries, rollups) and its readers (dashboard,
// exports, report, benchmark). Plain objects only: they cross into client chart components.

/** What the dashboard shows, as it lives in the URL (?from=…&to=…&district=…). */
export interface StatsFilter {
  /** First local day (Asia/Ho_Chi_Minh), yyyy-MM-dd, inclusive. */
  from: string;
  /** Last local day, inclusive. */
  to: string;
  district: string | null;
  checkpointId: string | null;
  method: PassageMethod | null;
  source: PassageSource | null;
  evidence: PassageEvidence | null;
}

/**
 * Passages counted, how many were valid, and how many were proven by a checked certificate:
 * `certified` = result `valid` AND evidence `certificate_checked` (a subset of `valid`), so
 * certified/valid is the share of valid passages that rest on more than a look or "tự khai".
 */
export interface Totals {
  total: number;
  valid: number;
  certified: number;
}

/** Local days `from`..`to`; on `to` only the hours before `untilHour` (null: the whole day). */
export interface TimeWindow {
  from: string;
  to: string;
  untilHour: number | null;
}

/** A like-for-like comparison (see compare.ts): the same elapsed span of this and the previous period. */
export interface Comparison {
  /** Vietnamese, says what is compared: "so với cùng giờ hôm qua (00:00–06:00)". */
  label: string;
  /** null when nothing of the period has passed yet (then both totals are zero). */
  windows: { current: TimeWindow; previous: TimeWindow } | null;
  current: Totals;
  previous: Totals;
}

/** A KPI over a period: everything counted so far, and its comparison with the period before. */
export interface PeriodTotals {
  from: string;
  to: string;
  current: Totals;
  /** The period contains now (or lies ahead): its numbers are not final. */
  unfinished: boolean;
  comparison: Comparison;
}

export interface Kpis {
  today: PeriodTotals;
  last7: PeriodTotals;
  last30: PeriodTotals;
  /** The filter's own date range. */
  range: PeriodTotals;
}

export interface DailyPoint {
  day: string;
  total: number;
  byResult: Record<PassageResult, number>;
}

export interface BreakdownRow<K extends string> {
  key: K;
  total: number;
  valid: number;
}

export interface DistrictRow extends Totals {
  districtCode: string;
}

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday, of the local day. */
  weekday: number;
  hour: number;
  count: number;
}

export interface CheckpointRank extends Totals {
  checkpointId: string;
  name: string;
  districtCode: string;
}

export interface ReadinessRow {
  districtCode: string;
  checkpoints: number;
  ready: number;
}

/** Everything the overview shows for one filter; exports and the benchmark use the same. */
export interface Overview {
  filter: StatsFilter;
  kpis: Kpis;
  daily: DailyPoint[];
  byMethod: BreakdownRow<PassageMethod>[];
  bySource: BreakdownRow<PassageSource>[];
  byEvidence: BreakdownRow<PassageEvidence>[];
  byDistrict: DistrictRow[];
  heatmap: HeatCell[];
  top: CheckpointRank[];
  bottom: CheckpointRank[];
  readiness: ReadinessRow[];
}

/** What getBreakdowns answers: every key present, zeros included. */
export interface Breakdowns {
  byMethod: BreakdownRow<PassageMethod>[];
  bySource: BreakdownRow<PassageSource>[];
  byEvidence: BreakdownRow<PassageEvidence>[];
}

/** What getCheckpointRanking answers: the busiest and the quietest checkpoints (not closed) in scope. */
export interface CheckpointRanking {
  top: CheckpointRank[];
  bottom: CheckpointRank[];
}
