import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { aggregateMismatches } from '@/lib/passages/aggregate-check';
import { localDay } from '@/lib/text/format';
import { addDays } from './dates';
import { parseStatsFilter } from './filter';
import { getOverview } from './overview';
import { getOverviewFromRaw } from './raw/overview';
import { livePassages, writeSamplePassages } from './test-helpers';
import type { StatsFilter } from './types';

const { db } = useTestDatabase();

let admin: Actor;
let cps: { id: string; districtCode: string; name: string }[];
const now = new Date();
const today = localDay(now);

beforeAll(async () => {
  cps = await Promise.all(['524', '524', '534', '522'].map((d) => makeCheckpoint(d)));
  await makeCheckpoint('524', { status: 'closed' });
  const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
  admin = await makeActor('admin');
  await writeSamplePassages(cps, officer, 7, 40, now.getTime());
  expect(await aggregateMismatches(db())).toEqual([]);
});

const filterFor = (over: Partial<StatsFilter> = {}): StatsFilter => ({
  ...parseStatsFilter(admin, { from: addDays(today, -34), to: today }, now), ...over,
});

describe('the overview equals counts over the raw passages', () => {
  it('by hand: district totals, daily series, breakdowns, heatmap and KPIs', async () => {
    const f = filterFor();
    const o = await getOverview(admin, f, now);
    const live = (await livePassages()).filter((p) => p.localDay >= f.from && p.localDay <= f.to);
    expect(live.length).toBeGreaterThan(50);
    const count = (pred: (p: (typeof live)[number]) => boolean) => live.filter(pred).length;
    expect(o.byDistrict).toHaveLength(13);
    for (const d of o.byDistrict) {
      expect(d.total).toBe(count((p) => p.districtCode === d.districtCode));
      expect(d.valid).toBe(count((p) => p.districtCode === d.districtCode && p.result === 'valid'));
      expect(d.certified).toBe(count((p) => p.districtCode === d.districtCode && p.result === 'valid' && p.evidence === 'certificate_checked'));
    }
    expect(o.byDistrict.find((d) => d.districtCode === '530')?.total).toBe(0);
    expect(o.daily).toHaveLength(35);
    expect(o.daily[0].day).toBe(f.from);
    for (const point of o.daily) expect(point.byResult.valid).toBe(count((p) => p.localDay === point.day && p.result === 'valid'));
    expect(o.daily.reduce((a, p) => a + p.total, 0)).toBe(live.length);
    for (const m of o.byMethod) expect(m.total).toBe(count((p) => p.method === m.key));
    for (const s of o.bySource) expect(s.valid).toBe(count((p) => p.source === s.key && p.result === 'valid'));
    for (const e of o.byEvidence) expect(e.total).toBe(count((p) => p.evidence === e.key));
    expect(o.byEvidence.find((e) => e.key === 'certificate_checked')!.total).toBeGreaterThan(0);
    expect(o.heatmap).toHaveLength(168);
    const cell = o.heatmap.find((c) => c.count > 0)!;
    const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    expect(cell.count).toBe(count((p) => weekdayOf(p.localDay) === cell.weekday && p.localHour === cell.hour));
    expect(o.kpis.range.current.total).toBe(live.length);
    expect(o.kpis.today.current.total).toBe(count((p) => p.localDay === today));
    const all = await livePassages();
    // The 30 days before, up to the same whole hour on their last day.
    const before = o.kpis.last30.comparison.windows!.previous;
    expect(before.from).toBe(addDays(today, -59));
    const inBefore = (p: (typeof all)[number]) => p.localDay >= before.from
      && (p.localDay < before.to || (p.localDay === before.to && (before.untilHour == null || p.localHour < before.untilHour)));
    expect(o.kpis.last30.comparison.previous.total).toBe(all.filter(inBefore).length);
  });

  it('ranking: busiest first, silent checkpoints at the bottom, closed ones left out', async () => {
    const o = await getOverview(admin, filterFor(), now);
    const totals = o.top.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(o.top[0].total).toBeGreaterThan(0);
    expect(o.bottom.some((r) => r.name.startsWith('Chốt thử') && r.total === 0) || o.bottom[0].total <= o.top.at(-1)!.total).toBe(true);
    expect(o.bottom.every((r) => r.total <= o.top[0].total)).toBe(true);
  });

  it.each<[string, Partial<StatsFilter>]>([
    ['province', {}],
    ['one district', { district: '524' }],
    ['one checkpoint', { checkpointId: '' }],
    ['method and evidence', { method: 'direct', evidence: 'officer_seen' }],
    ['source in a district', { source: 'pc_covid', district: '524' }],
    ['checkpoint and source', { checkpointId: '', source: 'vaccine_passport' }],
  ])('the same query texts over raw passages agree: %s', async (_label, over) => {
    const f = filterFor({ ...over, checkpointId: over.checkpointId === '' ? cps[0].id : over.checkpointId ?? null });
    const fromAggregates = await getOverview(admin, f, now);
    expect(fromAggregates).toEqual(await getOverviewFromRaw(db(), admin, f, now));
  });

  it('readiness lists every district for the province and counts only checkpoints not closed', async () => {
    const o = await getOverview(admin, filterFor(), now);
    expect(o.readiness).toHaveLength(13);
    expect(o.readiness.find((r) => r.districtCode === '524')!.checkpoints).toBeGreaterThanOrEqual(2);
  });
});
