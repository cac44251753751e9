import 'server-only';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { trustListWarning } from '@/lib/console/trust-cache';
import { districtName } from '@/lib/geo/districts';
import { readAlertThresholds, type AlertThresholds } from '@/lib/settings/alert-thresholds';
import { localHour } from '@/lib/text/format';
import { trustedSignerCount, trustListVersion } from '@/lib/trust/server-trust-list';
import { todayLocal } from '../dates';
import { formatShare } from '../percent';
import { queryPosterAlerts, queryShareBaseline, querySilentCheckpoints, type ShareRow } from './queries';

export type AlertKind = 'silent' | 'invalid_share' | 'no_poster' | 'poster_leak' | 'trust_empty' | 'trust_stale';

export interface StatsAlert {
  kind: AlertKind;
  /** Stable across refreshes: kind and subject. */
  key: string;
  districtCode: string | null;
  checkpointId: string | null;
  /** What it is about: a checkpoint, a district, or the trust list. */
  subject: string;
  text: string;
  /** Since when (ISO instant). */
  since: string;
  href: string | null;
}

// Vietnam has no daylight saving: local midnight is 17:00 UTC the day before.
const localInstant = (day: string, hour = 0) => new Date(Date.parse(`${day}T00:00:00+07:00`) + hour * 3_600_000).toISOString();
const ORDER: AlertKind[] = ['trust_empty', 'silent', 'invalid_share', 'poster_leak', 'trust_stale', 'no_poster'];

/**
 * Invalid shares well above a place's own last 14 days, for checkpoints and districts: exact
 * integer comparison of (today's invalid share − before's) with the threshold in points.
 */
function unusualShares(found: ShareRow[], t: AlertThresholds, today: string): StatsAlert[] {
  const districts = new Map<string, ShareRow>();
  for (const r of found) {
    const d = districts.get(r.district_code) ?? { ...r, checkpoint_id: '', name: districtName(r.district_code), today_total: 0, today_valid: 0, before_total: 0, before_valid: 0 };
    d.today_total += r.today_total; d.today_valid += r.today_valid; d.before_total += r.before_total; d.before_valid += r.before_valid;
    districts.set(r.district_code, d);
  }
  const out: StatsAlert[] = [];
  for (const r of [...found, ...districts.values()]) {
    const [n, m] = [r.today_total, r.before_total];
    if (n < t.invalidMinChecks || m < t.invalidMinChecks) continue;
    const [bad, badBefore] = [n - r.today_valid, m - r.before_valid];
    // bad/n − badBefore/m ≥ points/100, multiplied through by 100·n·m.
    if (100 * (bad * m - badBefore * n) < t.invalidPoints * n * m) continue;
    const cp = r.checkpoint_id || null;
    out.push({
      kind: 'invalid_share', key: `invalid_share:${cp ?? r.district_code}`, districtCode: r.district_code, checkpointId: cp, subject: cp ? r.name : districtName(r.district_code),
      text: `Hôm nay ${formatShare(bad, n)} lượt không hợp lệ (${bad}/${n}), so với ${formatShare(badBefore, m)} trong 14 ngày trước.`,
      since: localInstant(today), href: cp ? `/quan-tri/chot-kiem-soat/${cp}/thong-ke` : `/quan-tri/thong-ke/${r.district_code}`,
    });
  }
  return out;
}

/** The trust list is province-wide: every stats user sees it, empty first of all. */
async function trustAlerts(t: AlertThresholds, now: Date): Promise<StatsAlert[]> {
  const [count, { updatedAt }] = await Promise.all([trustedSignerCount(), trustListVersion()]);
  const saved = updatedAt?.toISOString() ?? null;
  // The console's rule, on the server's list: an empty list, or one nobody touched for too long.
  const warning = trustListWarning({ version: '', updatedAt: saved, savedAt: saved, signers: Array.from({ length: count }, () => ({ kid: '', country: '', certificate: '' })), maxAgeHours: t.trustMaxAgeDays * 24 }, now);
  if (!warning) return [];
  const base = { districtCode: null, checkpointId: null, subject: 'Danh sách tin cậy', href: '/quan-tri/danh-sach-tin-cay', since: saved ?? now.toISOString() };
  return warning.kind === 'empty'
    ? [{ ...base, kind: 'trust_empty', key: 'trust_empty', text: 'Danh sách tin cậy đang trống: chưa xác minh được chữ ký của hộ chiếu vắc-xin nào.' }]
    : [{ ...base, kind: 'trust_stale', key: 'trust_stale', text: `Danh sách tin cậy không được cập nhật quá ${t.trustMaxAgeDays} ngày.` }];
}

/** Everything an operations room should see first, in the actor's scope, most urgent first. */
export async function getAlerts(actor: Actor | null, now = new Date()): Promise<StatsAlert[]> {
  assertCan(actor, 'stats.view');
  const district = districtScope(actor);
  const db = getDb();
  const t = await readAlertThresholds(db);
  const today = todayLocal(now);
  const [silent, shares, posters, trust] = await Promise.all([
    querySilentCheckpoints(db, district, today, localHour(now), t),
    queryShareBaseline(db, district, today),
    queryPosterAlerts(db, district, today),
    trustAlerts(t, now),
  ]);
  const alerts: StatsAlert[] = [
    ...trust,
    ...silent.map((r): StatsAlert => ({
      kind: 'silent', key: `silent:${r.id}`, districtCode: r.district_code, checkpointId: r.id, subject: r.name,
      text: `Không có lượt kiểm tra nào trong ${r.missed} giờ thường hoạt động hôm nay.`, since: localInstant(today, r.since_hour), href: `/quan-tri/chot-kiem-soat/${r.id}/thong-ke`,
    })),
    ...unusualShares(shares, t, today),
    ...posters.map((r): StatsAlert => ({
      kind: r.kind, key: `${r.kind}:${r.id}`, districtCode: r.district_code, checkpointId: r.id, subject: r.name,
      text: r.kind === 'no_poster' ? 'Chốt đang hoạt động nhưng chưa có mã QR địa điểm: chưa in được áp phích.'
        : 'Chốt đã tạm dừng hoặc đóng mà người dân vẫn tự khai qua mã QR của chốt: có thể áp phích bị lộ; hãy đổi mã QR.',
      since: r.kind === 'no_poster' ? new Date(r.since).toISOString() : localInstant(r.since), href: `/quan-tri/chot-kiem-soat/${r.id}`,
    })),
  ];
  return alerts.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.since.localeCompare(b.since) || a.subject.localeCompare(b.subject, 'vi'));
}

export const ALERT_LABELS: Record<AlertKind, string> = {
  silent: 'Chốt im lặng', invalid_share: 'Tỉ lệ không hợp lệ cao bất thường', no_poster: 'Chưa có áp phích', poster_leak: 'Nghi lộ mã QR, chưa đổi',
  trust_empty: 'Danh sách tin cậy trống', trust_stale: 'Danh sách tin cậy cũ',
};
