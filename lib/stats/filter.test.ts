import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/roles';
import { ForbiddenError } from '@/lib/auth/errors';
import { parseStatsFilter, statsFilterToSearchParams } from './filter';

const actor = (role: Actor['role'], districtCode: string | null = null): Actor => ({ id: 'u', username: 'u', fullName: 'U', role, districtCode, checkpointIds: [] });
const admin = actor('admin');
// 20:00 UTC on 27/11 is already 28/11 in Vietnam.
const now = new Date('2026-11-27T20:00:00Z');

describe('parseStatsFilter', () => {
  it('defaults to the 30 local days ending today in Asia/Ho_Chi_Minh', () => {
    expect(parseStatsFilter(admin, {}, now)).toEqual({
      from: '2026-10-30', to: '2026-11-28', district: null, checkpointId: null, method: null, source: null, evidence: null,
    });
  });

  it('keeps valid values, takes the first of repeated params, and round-trips through the URL', () => {
    const params = { from: '2026-11-01', to: '2026-11-07', district: '524', checkpoint: 'A1B2C3D4-0000-4000-8000-000000000001', method: ['direct', 'citizen_scan'], source: 'pc_covid', evidence: 'officer_seen' };
    const f = parseStatsFilter(admin, params, now);
    expect(f).toEqual({ from: '2026-11-01', to: '2026-11-07', district: '524', checkpointId: 'a1b2c3d4-0000-4000-8000-000000000001', method: 'direct', source: 'pc_covid', evidence: 'officer_seen' });
    const url = statsFilterToSearchParams(f);
    expect(url.toString()).toBe('from=2026-11-01&to=2026-11-07&district=524&checkpoint=a1b2c3d4-0000-4000-8000-000000000001&method=direct&source=pc_covid&evidence=officer_seen');
    expect(parseStatsFilter(admin, Object.fromEntries(url), now)).toEqual(f);
  });

  it('drops invalid values instead of failing', () => {
    const f = parseStatsFilter(admin, { from: '2026-02-30', to: 'hôm nay', district: '999', checkpoint: '1; drop table', method: 'x', source: 'zalo', evidence: '' }, now);
    expect(f).toEqual(parseStatsFilter(admin, {}, now));
  });

  it('swaps a reversed range, and an open end keeps 30 days', () => {
    expect(parseStatsFilter(admin, { from: '2026-11-10', to: '2026-11-01' }, now)).toMatchObject({ from: '2026-11-01', to: '2026-11-10' });
    expect(parseStatsFilter(admin, { to: '2026-03-31' }, now)).toMatchObject({ from: '2026-03-02', to: '2026-03-31' });
    expect(parseStatsFilter(admin, { from: '2026-11-20' }, now)).toMatchObject({ from: '2026-11-20', to: '2026-11-28' });
  });

  it('caps the range at 366 days ending at `to`', () => {
    expect(parseStatsFilter(admin, { from: '2020-01-01', to: '2024-12-31' }, now)).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(parseStatsFilter(admin, { from: '2024-01-01', to: '2024-12-31' }, now)).toMatchObject({ from: '2024-01-01' });
  });

  it('pins a district user to their district and refuses another one', () => {
    const binhSon = actor('district', '524');
    expect(parseStatsFilter(binhSon, {}, now).district).toBe('524');
    expect(parseStatsFilter(binhSon, { district: '524' }, now).district).toBe('524');
    expect(() => parseStatsFilter(binhSon, { district: '534' }, now)).toThrow(ForbiddenError);
  });

  it('province roles may pick any district or none', () => {
    for (const role of ['admin', 'police', 'viewer'] as const) {
      expect(parseStatsFilter(actor(role), { district: '534' }, now).district).toBe('534');
      expect(parseStatsFilter(actor(role), {}, now).district).toBeNull();
    }
  });
});
