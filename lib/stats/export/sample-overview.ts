import type { Overview, PeriodTotals, Totals } from '../types';

// A small, hand-checkable overview for the tests of the builders and views (not used at run time).
const t = (total: number, valid: number, certified: number): Totals => ({ total, valid, certified });
/** A period whose comparison covers all of it (finished) or up to 06:00 of its last day. */
const period = (from: string, to: string, current: Totals, previous: Totals, prev: [string, string], label: string, unfinished = false): PeriodTotals => ({
  from, to, current, unfinished,
  comparison: {
    label, current, previous,
    windows: { current: { from, to, untilHour: unfinished ? 6 : null }, previous: { from: prev[0], to: prev[1], untilHour: unfinished ? 6 : null } },
  },
});

export function sampleOverview(): Overview {
  return {
    filter: { from: '2026-11-01', to: '2026-11-02', district: '524', checkpointId: null, method: null, source: null, evidence: null },
    kpis: {
      today: period('2026-11-02', '2026-11-02', t(5, 4, 1), t(10, 5, 2), ['2026-11-01', '2026-11-01'], 'so với cùng giờ hôm qua (00:00–06:00)', true),
      last7: period('2026-10-27', '2026-11-02', t(12, 9, 3), t(0, 0, 0), ['2026-10-20', '2026-10-26'], 'so với 20/10/2026 đến 06:00 ngày 26/10/2026 (cùng giờ)', true),
      last30: period('2026-10-04', '2026-11-02', t(12, 9, 3), t(0, 0, 0), ['2026-09-04', '2026-10-03'], 'so với 04/09/2026 đến 06:00 ngày 03/10/2026 (cùng giờ)', true),
      range: period('2026-11-01', '2026-11-02', t(12, 9, 3), t(8, 4, 1), ['2026-10-30', '2026-10-31'], 'so với 30/10/2026 – 31/10/2026'),
    },
    daily: [
      { day: '2026-11-01', total: 7, byResult: { valid: 5, under_14_days: 1, incomplete_doses: 0, expired: 0, invalid_certificate: 0, unverified: 1 } },
      { day: '2026-11-02', total: 5, byResult: { valid: 4, under_14_days: 0, incomplete_doses: 1, expired: 0, invalid_certificate: 0, unverified: 0 } },
    ],
    byMethod: [{ key: 'direct', total: 8, valid: 6 }, { key: 'officer_scan', total: 3, valid: 3 }, { key: 'citizen_scan', total: 1, valid: 0 }],
    bySource: [{ key: 'pc_covid', total: 9, valid: 7 }, { key: 'none', total: 3, valid: 2 }],
    byEvidence: [{ key: 'officer_seen', total: 8, valid: 6 }, { key: 'certificate_checked', total: 3, valid: 3 }, { key: 'self_declared', total: 1, valid: 0 }],
    byDistrict: [{ districtCode: '524', ...t(12, 9, 3) }],
    heatmap: [{ weekday: 6, hour: 7, count: 7 }, { weekday: 0, hour: 18, count: 5 }],
    top: [{ checkpointId: 'a', name: '=Chốt Dốc Sỏi', districtCode: '524', ...t(10, 8, 3) }],
    bottom: [{ checkpointId: 'b', name: 'Tổ tuần tra Bình Sơn', districtCode: '524', ...t(2, 1, 0) }],
    readiness: [{ districtCode: '524', checkpoints: 4, ready: 3 }],
  };
}
