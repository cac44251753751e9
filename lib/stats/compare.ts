import { localDay, localHour } from '@/lib/text/format';
import { addDays, dayCount } from './dates';
import type { TimeWindow } from './types';

// Like-for-like comparisons. A period that has not ended (it contains now) is compared with the
// same elapsed span of the previous period, never with all of it: at 06:15 today is compared with
// yesterday up to the same hour, a month on its 6th day with the first 6 days of the month
// before. The rollups are daily and hourly, so the grain is the hour: both sides count whole
// days plus, on their last day, the hours that have fully passed (00:00 to 06:00 at 06:15).
// The label says so. All days and hours are local (Asia/Ho_Chi_Minh).

/** day: today; week/month: a calendar week or month (the report); days: any other range. */
export type PeriodKind = 'day' | 'week' | 'month' | 'days';

export interface Span {
  from: string;
  to: string;
}

export interface ComparisonPlan {
  /** The period contains now or lies ahead: its numbers are not final. */
  unfinished: boolean;
  /** What is compared with what; null when nothing of the period has passed yet. */
  windows: { current: TimeWindow; previous: TimeWindow } | null;
  /** "so với cùng giờ hôm qua (00:00–06:00)", "so với 6 ngày đầu tháng 11 (đến 06:00 ngày 06/11)". */
  label: string;
}

const WEEKDAYS = ['Chủ Nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const dm = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`;
const weekday = (day: string) => WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()];
const monthOf = (day: string) => Number(day.slice(5, 7));

/** The same span of the period just before, for a rolling range of days: shifted by its length. */
export function precedingSpan(period: Span): Span {
  const n = dayCount(period.from, period.to);
  return { from: addDays(period.from, -n), to: addDays(period.from, -1) };
}

function wholeLabel(kind: PeriodKind, previous: Span): string {
  if (kind === 'week') return 'so với tuần trước';
  if (kind === 'month') return `so với tháng ${monthOf(previous.from)}/${previous.from.slice(0, 4)}`;
  if (previous.from === previous.to) return `so với ngày ${dmy(previous.from)}`;
  return `so với ${dmy(previous.from)} – ${dmy(previous.to)}`;
}

function partialLabel(kind: PeriodKind, previous: TimeWindow, clamped: boolean, days: number): string {
  const until = previous.untilHour;
  if (kind === 'day') return `so với cùng giờ hôm qua (00:00–${hourText(until ?? 24)})`;
  if (kind === 'month') {
    if (clamped) return `so với cả tháng ${monthOf(previous.from)}`;
    return `so với ${days} ngày đầu tháng ${monthOf(previous.from)}${until == null ? '' : ` (đến ${hourText(until)} ngày ${dm(previous.to)})`}`;
  }
  if (kind === 'week') {
    const end = until == null ? `hết ${weekday(previous.to)}` : `${hourText(until)} ${weekday(previous.to)}`;
    return `so với tuần trước, cùng khoảng từ thứ Hai đến ${end}`;
  }
  if (clamped) return `so với cả kỳ ${dmy(previous.from)} – ${dmy(previous.to)}`;
  return until == null
    ? `so với ${dmy(previous.from)} – ${dmy(previous.to)} (cùng số ngày)`
    : `so với ${dmy(previous.from)} đến ${hourText(until)} ngày ${dmy(previous.to)} (cùng giờ)`;
}

/**
 * What `period` (its `previous` is the period it is compared with) compares at `now`. A finished
 * period is compared whole with the whole previous one; an unfinished one by its elapsed span.
 */
export function planComparison(period: Span, previous: Span, kind: PeriodKind, now: Date): ComparisonPlan {
  const today = localDay(now);
  if (period.to < today) {
    return {
      unfinished: false,
      windows: { current: { from: period.from, to: period.to, untilHour: null }, previous: { from: previous.from, to: previous.to, untilHour: null } },
      label: wholeLabel(kind, previous),
    };
  }
  if (period.from > today) return { unfinished: true, windows: null, label: 'kỳ chưa bắt đầu, chưa có gì để so sánh' };
  const hour = localHour(now);
  // The hours that have fully passed: at 00:40 none of today has, so compare up to the end of yesterday.
  const lastDay = hour > 0 ? today : addDays(today, -1);
  const untilHour = hour > 0 ? hour : null;
  if (lastDay < period.from) return { unfinished: true, windows: null, label: 'chưa hết giờ đầu tiên của kỳ, chưa so sánh được' };
  const days = dayCount(period.from, lastDay);
  let previousWindow: TimeWindow = { from: previous.from, to: addDays(previous.from, days - 1), untilHour };
  const clamped = previousWindow.to > previous.to;
  if (clamped) previousWindow = { from: previous.from, to: previous.to, untilHour: null };
  return {
    unfinished: true,
    windows: { current: { from: period.from, to: lastDay, untilHour }, previous: previousWindow },
    label: partialLabel(kind, previousWindow, clamped, days),
  };
}
