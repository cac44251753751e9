import { describe, expect, it } from 'vitest';
import { lastCheckText, parseDrillOrder, sortRows, type DrillRow } from './rows';

const row = (key: string, total: number, valid: number, last: DrillRow['last'] = null): DrillRow => ({ key, name: `Xã ${key}`, checkpoints: 1, total, valid, certified: 0, last });

describe('drill-down order', () => {
  it('reads ?sort=&dir= and falls back to name ascending', () => {
    expect(parseDrillOrder({ sort: 'valid', dir: 'desc' })).toEqual({ sort: 'valid', dir: 'desc' });
    expect(parseDrillOrder({ sort: 'drop table', dir: 'up' })).toEqual({ sort: 'name', dir: 'asc' });
  });

  it('compares shares exactly and keeps rows without data last in both directions', () => {
    // 1441/2000 = 72,05 % sorts above 72/100 = 72 % although both print close.
    const rows = [row('a', 100, 72), row('b', 2000, 1441), row('c', 0, 0), row('d', 10, 10)];
    expect(sortRows(rows, { sort: 'valid', dir: 'desc' }).map((r) => r.key)).toEqual(['d', 'b', 'a', 'c']);
    expect(sortRows(rows, { sort: 'valid', dir: 'asc' }).map((r) => r.key)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts by last check (day, then hour), never-checked last', () => {
    const rows = [row('a', 1, 1, { day: '2026-12-05', hour: 9 }), row('b', 1, 1, { day: '2026-12-05', hour: 14 }), row('c', 0, 0), row('d', 1, 1, { day: '2026-12-06', hour: 1 })];
    expect(sortRows(rows, { sort: 'last', dir: 'desc' }).map((r) => r.key)).toEqual(['d', 'b', 'a', 'c']);
    expect(lastCheckText({ day: '2026-12-06', hour: 7 })).toBe('06/12/2026, 07:00–07:59');
    expect(lastCheckText(null)).toBe('Chưa có');
  });
});
