import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { GET as getJson } from '@/app/(public)/so-lieu/so-lieu.json/route';
import { GET as getDistrictsCsv } from '@/app/(public)/so-lieu/so-lieu-theo-huyen.csv/route';
import { getDailySeries, getDistrictTotals, getReadinessByDistrict } from './overview';
import { getOpenData, openDataFilter } from './open-data';
import { dailyCsv, districtsCsv } from './open-data-files';
import { formatShare } from './percent';
import { livePassages, writeSamplePassages } from './test-helpers';

useTestDatabase();

let admin: Actor;
const now = new Date();

beforeAll(async () => {
  const cps = await Promise.all(['524', '524', '534', '522'].map((d) => makeCheckpoint(d)));
  await makeCheckpoint('524', { status: 'closed' });
  const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
  admin = await makeActor('admin');
  // Spread over 120 days, so some passages fall before the 90-day window and must be left out.
  await writeSamplePassages(cps, officer, 11, 120, now.getTime());
});

describe('the public open data', () => {
  it('equals the dashboard for the same 90 days: districts, readiness, daily series', async () => {
    const data = await getOpenData(now);
    const f = openDataFilter(now);
    expect(data.period).toEqual({ from: f.from, to: f.to, days: 90 });
    const [byDistrict, readiness, daily] = await Promise.all([getDistrictTotals(admin, f), getReadinessByDistrict(admin), getDailySeries(admin, f)]);
    expect(data.districts.map((d) => [d.districtCode, d.checks, d.validChecks])).toEqual(byDistrict.map((d) => [d.districtCode, d.total, d.valid]));
    expect(data.districts.map((d) => [d.districtCode, d.checkpoints, d.readyCheckpoints])).toEqual(readiness.map((r) => [r.districtCode, r.checkpoints, r.ready]));
    expect(data.daily.map((d) => [d.day, d.checks, d.validChecks])).toEqual(daily.map((d) => [d.day, d.total, d.byResult.valid]));
    expect(data.daily).toHaveLength(90);
    // And the dashboard's numbers are the raw passages' (so neither can drift unnoticed).
    const live = (await livePassages()).filter((p) => p.localDay >= f.from && p.localDay <= f.to);
    expect(live.length).toBeGreaterThan(30);
    expect((await livePassages()).length).toBeGreaterThan(live.length);
    expect(data.province.checks).toBe(live.length);
    for (const r of data.dailyByDistrict) {
      expect(r.checks).toBe(live.filter((p) => p.localDay === r.day && p.districtCode === r.districtCode).length);
    }
    expect(data.dailyByDistrict.reduce((n, r) => n + r.validChecks, 0)).toBe(live.filter((p) => p.result === 'valid').length);
    expect(data.province.checkpoints).toBe(4);
  });

  it('holds counts only: no names of people, phones or checkpoint ids', async () => {
    const text = JSON.stringify(await getOpenData(now));
    expect(text).not.toMatch(/Nguyễn Văn B|0905|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('downloads as CSV (shares as the dashboard writes them) and JSON with licence and time, cacheable', async () => {
    const data = await getOpenData(now);
    const csv = districtsCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('CC BY 4.0');
    const quang = data.districts.find((d) => d.districtCode === '524')!;
    expect(csv).toContain(`524,${quang.districtName},${quang.checkpoints},${quang.readyCheckpoints},"${formatShare(quang.readyCheckpoints, quang.checkpoints)}",${quang.checks},${quang.validChecks},"${formatShare(quang.validChecks, quang.checks)}"`);
    expect(dailyCsv(data).split('\r\n').filter(Boolean)).toHaveLength(2 + data.dailyByDistrict.length);
    const ctx = { params: Promise.resolve({}) };
    const json = await getJson(new Request('http://localhost/so-lieu/so-lieu.json'), ctx);
    expect(json.headers.get('cache-control')).toMatch(/public, max-age=300/);
    const body = await json.json();
    expect(body.licence.name).toBe('CC BY 4.0');
    expect(Date.parse(body.generatedAt)).not.toBeNaN();
    expect(body.province.checks).toBe(data.province.checks);
    const file = await getDistrictsCsv(new Request('http://localhost/so-lieu/so-lieu-theo-huyen.csv'), ctx);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain('so-lieu-theo-huyen.csv');
  });
});
