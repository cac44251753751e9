import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { Actor } from '@/lib/auth/roles';
import { getDb } from '@/db';
import { insertPassagesCounted } from '@/lib/passages/insert-rows';
import { localDay, localHour } from '@/lib/text/format';
import { getKpis, getOverview } from './overview';
import { getOverviewFromRaw } from './raw/overview';
import { parseStatsFilter } from './filter';
import { reportComparison, reportPeriod } from './report-period';

// The KPIs read from the rollups at a fixed clock: 06:15 on 6 December 2026 (local).
const { db } = useTestDatabase();
const at = (local: string) => new Date(`${local}+07:00`);
const NOW = at('2026-12-06T06:15:00');
let admin: Actor;

async function checksAt(cp: { id: string; districtCode: string }, locals: string[]) {
  await insertPassagesCounted(getDb(), locals.map((local) => {
    const checkedAt = at(local);
    return {
      checkpointId: cp.id, districtCode: cp.districtCode, method: 'direct' as const, source: 'paper' as const, evidence: 'officer_seen' as const,
      result: 'valid' as const, ruleVersion: 1, checkedAt, receivedAt: checkedAt, localDay: localDay(checkedAt), localHour: localHour(checkedAt),
      idempotencyKey: crypto.randomUUID(),
    };
  }));
}

beforeAll(async () => {
  admin = await makeActor('admin');
  const cp = await makeCheckpoint('524');
  await checksAt(cp, [
    // Yesterday: two before 06:00, then the rest of the day.
    '2026-12-05T03:00:00', '2026-12-05T05:59:00', '2026-12-05T06:30:00', '2026-12-05T10:00:00', '2026-12-05T20:00:00',
    // Today so far: one before 06:00, one in the current hour.
    '2026-12-06T01:00:00', '2026-12-06T06:05:00',
    // November: the first 6 days (to 06:00 on the 6th), later on the 6th, and later in the month.
    '2026-11-02T09:00:00', '2026-11-06T05:00:00', '2026-11-06T07:00:00', '2026-11-20T09:00:00', '2026-11-30T09:00:00',
  ]);
});

describe('KPIs compare like with like', () => {
  it('today at 06:15: everything so far, compared up to 06:00 with yesterday up to 06:00', async () => {
    const k = await getKpis(admin, parseStatsFilter(admin, {}, NOW), NOW);
    expect(k.today.current.total).toBe(2);
    expect(k.today.unfinished).toBe(true);
    expect(k.today.comparison).toMatchObject({ label: 'so với cùng giờ hôm qua (00:00–06:00)', current: { total: 1 }, previous: { total: 2 } });
    // 7 days ending now (30/11 – 06/12) vs the 7 before, cut at the same hour: 23–29/11 has none.
    expect(k.last7.current.total).toBe(8);
    expect(k.last7.comparison.current.total).toBe(7);
    expect(k.last7.comparison.previous.total).toBe(0);
  });

  it('the month on day 6 against days 1–6 of November, not all of November', async () => {
    const month = reportPeriod('thang', '2026-12-06', '2026-12-06');
    const filter = parseStatsFilter(admin, { from: month.from, to: month.to }, NOW);
    const o = await getOverview(admin, filter, NOW, reportComparison(month));
    expect(o.kpis.range.current.total).toBe(7);
    expect(o.kpis.range.unfinished).toBe(true);
    expect(o.kpis.range.comparison).toMatchObject({ label: 'so với 6 ngày đầu tháng 11 (đến 06:00 ngày 06/11)', current: { total: 6 }, previous: { total: 2 } });
    // The same query texts over the raw passages agree.
    expect(o).toEqual(await getOverviewFromRaw(db(), admin, filter, NOW, reportComparison(month)));
  });

  it('a finished month against the whole month before it', async () => {
    const november = reportPeriod('thang', '2026-11-15', '2026-12-06');
    const o = await getOverview(admin, parseStatsFilter(admin, { from: november.from, to: november.to }, NOW), NOW, reportComparison(november));
    expect(o.kpis.range.unfinished).toBe(false);
    expect(o.kpis.range.comparison).toMatchObject({ label: 'so với tháng 10/2026', current: { total: 5 }, previous: { total: 0 } });
  });
});
