import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import type { Actor } from '@/lib/auth/roles';
import { localDay, localHour } from '@/lib/text/format';
import { addDays } from '../dates';
import { livePassages, writeChecksAt, writeSamplePassages } from '../test-helpers';
import { getCheckpointDrill, getCheckpointStats, getCommuneDrill, getDistrictDrill, NO_COMMUNE } from './index';

useTestDatabase();

const now = new Date();
const today = localDay(now);
const range = { from: addDays(today, -29), to: today };
const byName = { sort: 'name', dir: 'asc' } as const;
let admin: Actor, binhSon: Actor;
let a: { id: string; districtCode: string }, b: { id: string; districtCode: string }, noCommune: { id: string; districtCode: string }, ducPho: { id: string; districtCode: string };

beforeAll(async () => {
  a = await makeCheckpoint('524', { communeCode: '21040' });
  b = await makeCheckpoint('524', { communeCode: '21043' });
  noCommune = await makeCheckpoint('524');
  ducPho = await makeCheckpoint('534', { communeCode: '21439' });
  const officer = await makeActor('officer', { checkpointIds: [a.id, b.id, noCommune.id, ducPho.id] });
  await writeSamplePassages([a, b, noCommune, ducPho], officer, 5, 25, now.getTime());
  // A known last check: 3 hours ago at a (unless the sample wrote a later one, checked below).
  await writeChecksAt(a, [new Date(now.getTime() - 3 * 3_600_000)], { result: 'expired' });
  admin = await makeActor('admin');
  binhSon = await makeActor('district', { districtCode: '524' });
});

describe('drill-down from the rollups', () => {
  it('district, commune and checkpoint rows equal counts over the raw passages, with the last check hour', async () => {
    const live = (await livePassages()).filter((p) => p.localDay >= range.from && p.localDay <= range.to);
    const count = (pred: (p: (typeof live)[number]) => boolean) => live.filter(pred).length;
    const districts = await getDistrictDrill(admin, range, byName);
    expect(districts).toHaveLength(13);
    const row524 = districts.find((d) => d.key === '524')!;
    expect(row524).toMatchObject({ checkpoints: 3, total: count((p) => p.districtCode === '524'), valid: count((p) => p.districtCode === '524' && p.result === 'valid') });
    const communes = await getCommuneDrill(admin, '524', range, byName);
    expect(communes.find((c) => c.key === '21040')!.total).toBe(count((p) => p.checkpointId === a.id));
    expect(communes.find((c) => c.key === NO_COMMUNE)!.total).toBe(count((p) => p.checkpointId === noCommune.id));
    const [cp] = await getCheckpointDrill(admin, '524', '21040', range, byName);
    const mine = (await livePassages()).filter((p) => p.checkpointId === a.id);
    const latest = mine.reduce((x, p) => (p.checkedAt > x.checkedAt ? p : x));
    expect(cp).toMatchObject({ key: a.id, total: count((p) => p.checkpointId === a.id), certified: count((p) => p.checkpointId === a.id && p.result === 'valid' && p.evidence === 'certificate_checked') });
    expect(cp.last).toEqual({ day: localDay(latest.checkedAt), hour: localHour(latest.checkedAt) });
    expect(row524.last).not.toBeNull();
  });

  it('sorts by a share exactly and puts rows with nothing counted last', async () => {
    const rows = await getDistrictDrill(admin, range, { sort: 'valid', dir: 'desc' });
    const counted = rows.filter((r) => r.total > 0);
    expect(rows.slice(0, counted.length)).toEqual(counted);
    for (let i = 1; i < counted.length; i++) expect(counted[i - 1].valid / counted[i - 1].total).toBeGreaterThanOrEqual(counted[i].valid / counted[i].total);
  });

  it('a checkpoint page: today, last check, 30 days and the evidence split', async () => {
    const s = await getCheckpointStats(admin, a.id, now);
    const mine = (await livePassages()).filter((p) => p.checkpointId === a.id);
    expect(s.today.total).toBe(mine.filter((p) => p.localDay === today).length);
    expect(s.daily).toHaveLength(30);
    expect(s.daily.reduce((x, d) => x + d.total, 0)).toBe(mine.filter((p) => p.localDay >= range.from).length);
    expect(s.byEvidence.reduce((x, e) => x + e.total, 0)).toBe(mine.filter((p) => p.localDay >= range.from).length);
  });

  it('a district user sees their district only: another district is 403, its commune or checkpoint 403/404', async () => {
    expect((await getDistrictDrill(binhSon, range, byName)).map((r) => r.key)).toEqual(['524']);
    expect(await outcomeOf(() => getCommuneDrill(binhSon, '524', range, byName))).toBe('allowed');
    expect(await outcomeOf(() => getCommuneDrill(binhSon, '534', range, byName))).toBe('forbidden');
    expect(await outcomeOf(() => getCheckpointDrill(binhSon, '534', '21439', range, byName))).toBe('forbidden');
    // Another district's commune under one's own district: no such place.
    expect(await outcomeOf(() => getCheckpointDrill(binhSon, '524', '21439', range, byName))).toBe('not_found');
    expect(await outcomeOf(() => getCheckpointStats(binhSon, ducPho.id, now))).toBe('not_found');
    expect(await outcomeOf(() => getCheckpointStats(binhSon, a.id, now))).toBe('allowed');
    const officer = await makeActor('officer', { checkpointIds: [a.id] });
    expect(await outcomeOf(() => getCheckpointStats(officer, a.id, now))).toBe('forbidden');
    expect(await outcomeOf(() => getDistrictDrill(null, range, byName))).toBe('unauthenticated');
    expect(await outcomeOf(() => getCommuneDrill(admin, '999', range, byName))).toBe('not_found');
  });
});
