import { describe, expect, it } from 'vitest';
import { neighbourDays, reportPeriod } from './report-period';

describe('reportPeriod', () => {
  it('gives the Monday-to-Sunday week around a day', () => {
    expect(reportPeriod('tuan', '2026-11-27', '2026-01-01')).toEqual({ kind: 'tuan', from: '2026-11-23', to: '2026-11-29', label: 'Tuần 48 (23/11/2026 – 29/11/2026)' });
    expect(reportPeriod('tuan', '2026-11-23', '2026-01-01').from).toBe('2026-11-23');
    expect(reportPeriod('tuan', '2026-11-29', '2026-01-01').from).toBe('2026-11-23');
  });

  it('numbers weeks as ISO 8601 does across a new year', () => {
    expect(reportPeriod('tuan', '2026-01-01', '2026-01-01').label).toBe('Tuần 1 (29/12/2025 – 04/01/2026)');
    expect(reportPeriod('tuan', '2021-01-03', '2026-01-01').label).toMatch(/^Tuần 53 /);
  });

  it('gives the calendar month, leap years included', () => {
    expect(reportPeriod('thang', '2024-02-10', '2026-01-01')).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: 'Tháng 02/2024' });
    expect(reportPeriod('thang', '2026-12-31', '2026-01-01')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('falls back to a week and to today on bad input', () => {
    expect(reportPeriod('nam', '2026-02-30', '2026-11-27')).toMatchObject({ kind: 'tuan', from: '2026-11-23' });
    expect(reportPeriod(null, 'hôm qua', '2026-11-27').to).toBe('2026-11-29');
  });

  it('finds the neighbouring periods', () => {
    expect(neighbourDays(reportPeriod('thang', '2026-03-15', '2026-01-01'))).toEqual({ previous: '2026-02-28', next: '2026-04-01' });
  });
});
