import type { Overview, Totals } from '../types';

// A small, hand-checkable overview for the tests of the builders and views (not used at run time).
const t = (total: number, valid: number, certified: number): Totals => ({ total, valid, certified });

export function sampleOverview(): Overview {
  return {
    filter: { from: '2026-11-01', to: '2026-11-02', district: '524', checkpointId: null, method: null, source: null, evidence: null },
    kpis: {
      today: { from: '2026-11-02', to: '2026-11-02', current: t(5, 4, 1), previous: t(10, 5, 2) },
      last7: { from: '2026-10-27', to: '2026-11-02', current: t(12, 9, 3), previous: t(0, 0, 0) },
      last30: { from: '2026-10-04', to: '2026-11-02', current: t(12, 9, 3), previous: t(0, 0, 0) },
      range: { from: '2026-11-01', to: '2026-11-02', current: t(12, 9, 3), previous: t(8, 4, 1) },
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
