import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { ForbiddenError, UnauthenticatedError } from '@/lib/auth/errors';
import type { Actor } from '@/lib/auth/roles';
import { localDay } from '@/lib/text/format';
import { addDays } from './dates';
import { getBreakdowns, getCheckpointRanking, getDailySeries, getDistrictTotals, getHeatmap, getKpis, getOverview, getReadinessByDistrict } from './overview';
import { writeSamplePassages } from './test-helpers';
import type { StatsFilter } from './types';

useTestDatabase();

const today = localDay(new Date());
const base: StatsFilter = { from: addDays(today, -29), to: today, district: null, checkpointId: null, method: null, source: null, evidence: null };
let binhSonCp: { id: string }, ducPhoCp: { id: string };

beforeAll(async () => {
  const cps = await Promise.all([makeCheckpoint('524'), makeCheckpoint('534')]);
  [binhSonCp, ducPhoCp] = cps;
  await writeSamplePassages(cps, await makeActor('officer', { checkpointIds: cps.map((c) => c.id) }), 11, 20);
});

const every = (actor: Actor | null, f: StatsFilter) => [
  () => getOverview(actor, f), () => getKpis(actor, f), () => getDailySeries(actor, f), () => getBreakdowns(actor, f),
  () => getDistrictTotals(actor, f), () => getHeatmap(actor, f), () => getCheckpointRanking(actor, f),
];

describe('who sees which numbers', () => {
  it('a district user gets only their district, even with no district in the filter', async () => {
    const binhSon = await makeActor('district', { districtCode: '524' });
    const o = await getOverview(binhSon, base);
    expect(o.filter.district).toBe('524');
    expect(o.byDistrict.filter((d) => d.districtCode !== '524').every((d) => d.total === 0)).toBe(true);
    expect(o.byDistrict.find((d) => d.districtCode === '524')!.total).toBeGreaterThan(0);
    expect([...o.top, ...o.bottom].every((r) => r.districtCode === '524')).toBe(true);
    expect(o.readiness.map((r) => r.districtCode)).toEqual(['524']);
    const admin = await makeActor('admin');
    expect((await getKpis(binhSon, base)).range).toEqual((await getKpis(admin, { ...base, district: '524' })).range);
  });

  it('a district user asking for another district, or its checkpoint, is refused by every function', async () => {
    const binhSon = await makeActor('district', { districtCode: '524' });
    for (const call of [...every(binhSon, { ...base, district: '534' }), ...every(binhSon, { ...base, checkpointId: ducPhoCp.id })]) {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getOverview(binhSon, { ...base, checkpointId: binhSonCp.id })).resolves.toBeTruthy();
  });

  it.each(['admin', 'police', 'viewer'] as const)('%s sees the province', async (role) => {
    const o = await getOverview(await makeActor(role), base);
    expect(o.byDistrict.find((d) => d.districtCode === '524')!.total).toBeGreaterThan(0);
    expect(o.byDistrict.find((d) => d.districtCode === '534')!.total).toBeGreaterThan(0);
    expect(o.readiness).toHaveLength(13);
  });

  it('an officer and a signed-out visitor are refused', async () => {
    const officer = await makeActor('officer', { checkpointIds: [binhSonCp.id] });
    for (const call of [...every(officer, base), () => getReadinessByDistrict(officer)]) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    for (const call of [...every(null, base), () => getReadinessByDistrict(null)]) await expect(call()).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
