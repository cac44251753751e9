import { describe, expect, it } from 'vitest';
import { planComparison, precedingSpan } from './compare';
import { reportComparison, reportPeriod } from './report-period';

// Local (Asia/Ho_Chi_Minh, UTC+7) wall-clock instants.
const at = (local: string) => new Date(`${local}+07:00`);

describe('like-for-like comparisons at a fixed clock', () => {
  it('compares today at 06:15 with yesterday up to the same whole hour', () => {
    const plan = planComparison({ from: '2026-12-06', to: '2026-12-06' }, { from: '2026-12-05', to: '2026-12-05' }, 'day', at('2026-12-06T06:15:00'));
    expect(plan).toEqual({
      unfinished: true,
      windows: { current: { from: '2026-12-06', to: '2026-12-06', untilHour: 6 }, previous: { from: '2026-12-05', to: '2026-12-05', untilHour: 6 } },
      label: 'so với cùng giờ hôm qua (00:00–06:00)',
    });
  });

  it('compares day 6 of a month with days 1–6 of the month before, not with all of it', () => {
    const month = reportPeriod('thang', '2026-12-06', '2026-12-06');
    const { kind, previous } = reportComparison(month);
    expect(previous).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    const plan = planComparison(month, previous, kind, at('2026-12-06T06:15:00'));
    expect(plan.windows).toEqual({
      current: { from: '2026-12-01', to: '2026-12-06', untilHour: 6 },
      previous: { from: '2026-11-01', to: '2026-11-06', untilHour: 6 },
    });
    expect(plan.label).toBe('so với 6 ngày đầu tháng 11 (đến 06:00 ngày 06/11)');
    expect(plan.unfinished).toBe(true);
    // Just after midnight no hour of the 6th has passed: the first 5 whole days.
    expect(planComparison(month, previous, kind, at('2026-12-06T00:40:00'))).toMatchObject({
      windows: { current: { from: '2026-12-01', to: '2026-12-05', untilHour: null }, previous: { from: '2026-11-01', to: '2026-11-05', untilHour: null } },
      label: 'so với 5 ngày đầu tháng 11',
    });
  });

  it('compares an unfinished ISO week with the same days and hours of the week before', () => {
    const week = reportPeriod('tuan', '2026-12-02', '2026-12-02');
    expect(week).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    const { kind, previous } = reportComparison(week);
    const plan = planComparison(week, previous, kind, at('2026-12-02T14:30:00'));
    expect(plan.windows).toEqual({
      current: { from: '2026-11-30', to: '2026-12-02', untilHour: 14 },
      previous: { from: '2026-11-23', to: '2026-11-25', untilHour: 14 },
    });
    expect(plan.label).toBe('so với tuần trước, cùng khoảng từ thứ Hai đến 14:00 thứ Tư');
  });

  it('compares a finished period whole, and a month longer than the one before with all of it', () => {
    const week = reportPeriod('tuan', '2026-11-25', '2026-12-06');
    const finished = planComparison(week, reportComparison(week).previous, 'week', at('2026-12-06T06:15:00'));
    expect(finished).toEqual({
      unfinished: false,
      windows: { current: { from: '2026-11-23', to: '2026-11-29', untilHour: null }, previous: { from: '2026-11-16', to: '2026-11-22', untilHour: null } },
      label: 'so với tuần trước',
    });
    const march = reportPeriod('thang', '2026-03-31', '2026-03-31');
    const plan = planComparison(march, reportComparison(march).previous, 'month', at('2026-03-31T10:00:00'));
    expect(plan.windows?.previous).toEqual({ from: '2026-02-01', to: '2026-02-28', untilHour: null });
    expect(plan.label).toBe('so với cả tháng 2');
    expect(planComparison(reportPeriod('thang', '2026-10-10', '2026-10-10'), { from: '2026-09-01', to: '2026-09-30' }, 'month', at('2026-12-06T06:15:00')).label)
      .toBe('so với tháng 9/2026');
  });

  it('rolling ranges ending today shift by their length, cut at the same hour', () => {
    const last7 = { from: '2026-11-30', to: '2026-12-06' };
    expect(precedingSpan(last7)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    const plan = planComparison(last7, precedingSpan(last7), 'days', at('2026-12-06T06:15:00'));
    expect(plan.windows?.previous).toEqual({ from: '2026-11-23', to: '2026-11-29', untilHour: 6 });
    expect(plan.label).toBe('so với 23/11/2026 đến 06:00 ngày 29/11/2026 (cùng giờ)');
  });

  it('has nothing to compare before the first hour of a period or before it starts', () => {
    expect(planComparison({ from: '2026-12-06', to: '2026-12-06' }, { from: '2026-12-05', to: '2026-12-05' }, 'day', at('2026-12-06T00:40:00')))
      .toEqual({ unfinished: true, windows: null, label: 'chưa hết giờ đầu tiên của kỳ, chưa so sánh được' });
    expect(planComparison({ from: '2026-12-07', to: '2026-12-13' }, { from: '2026-11-30', to: '2026-12-06' }, 'week', at('2026-12-06T06:15:00')).windows).toBeNull();
  });
});
