import { describe, expect, it } from 'vitest';
import { asc, eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { auditLogs, passageDailyStats, passageHourlyStats, passages } from '@/db/schema';
import { setRetentionDays } from '@/lib/settings/retention';
import { ingestChecks } from './ingest';
import { purgePersonalData } from './purge';
import { aggregateMismatches } from './aggregate-check';
import { tracePerson } from './trace';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();
const DAY = 86_400_000;
const citizen = { name: 'Lê Văn C', birthYear: 1975, phone: '0905999888', idNumber: '051075000111' };

describe('purgePersonalData', () => {
  it('clears every personal field and hash after the retention period; counts and aggregates stay', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const now = new Date();
    const oldItems = [22, 25].map((d) => directCheck(cp.id, { checkedAt: new Date(now.getTime() - d * DAY).toISOString(), citizen, deviceId: 'device-old-1' }));
    for (const item of oldItems) await ingestChecks([item], as(officer, new Date(new Date(item.checkedAt).getTime() + 60_000)));
    const fresh = directCheck(cp.id, { checkedAt: new Date(now.getTime() - 20 * DAY).toISOString(), citizen });
    await ingestChecks([fresh], as(officer, new Date(new Date(fresh.checkedAt).getTime() + 60_000)));
    const stats = async () => [
      await db().select().from(passageDailyStats).where(eq(passageDailyStats.checkpointId, cp.id)).orderBy(asc(passageDailyStats.day)),
      await db().select().from(passageHourlyStats).where(eq(passageHourlyStats.checkpointId, cp.id)).orderBy(asc(passageHourlyStats.day)),
    ];
    const before = await stats();

    const report = await purgePersonalData(now);
    expect(report).toMatchObject({ ran: true, purged: 2, retentionDays: 21 });

    const old = await db().select().from(passages).where(inArray(passages.idempotencyKey, oldItems.map((i) => i.idempotencyKey)));
    for (const row of old) {
      expect(row).toMatchObject({ citizenName: null, birthYear: null, phone: null, phoneHash: null, idNumberHash: null, bodyHash: null, deviceId: null });
      expect(row.personalPurgedAt).not.toBeNull();
    }
    const [kept] = await db().select().from(passages).where(eq(passages.idempotencyKey, fresh.idempotencyKey));
    expect(kept).toMatchObject({ phone: '0905999888', citizenName: 'Lê Văn C', personalPurgedAt: null });
    expect(await stats()).toEqual(before);
    expect(await aggregateMismatches(db())).toEqual([]);

    const [audit] = await db().select().from(auditLogs).where(eq(auditLogs.action, 'passage.purge'));
    expect(audit.after).toMatchObject({ purged: 2, retentionDays: 21 });
    const found = await tracePerson(await makeActor('police'), { kind: 'phone', value: citizen.phone, reason: 'Kiểm tra sau khi xoá dữ liệu' });
    expect(found.passages.map((p) => p.id)).toEqual([kept.id]);
    // A late retry of a purged check is still recognised by its key.
    const [retry] = await ingestChecks([oldItems[0]], as(officer, now));
    expect(retry.status).toBe('duplicate');
    expect((await purgePersonalData(now)).purged).toBe(0);
  });

  it('follows the retention setting, and concurrent runs purge each row once', async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    await setRetentionDays(await makeActor('admin'), 3);
    const now = new Date();
    const items = Array.from({ length: 12 }, (_, i) => directCheck(cp.id, { checkedAt: new Date(now.getTime() - (i % 6) * DAY - 3_600_000).toISOString(), citizen }));
    for (const item of items) await ingestChecks([item], as(officer, new Date(new Date(item.checkedAt).getTime() + 60_000)));
    const reports = await Promise.all([purgePersonalData(now), purgePersonalData(now), purgePersonalData(now)]);
    const purgedNow = await db().select().from(passages).where(eq(passages.personalPurgedAt, now));
    expect(reports.reduce((n, r) => n + r.purged, 0)).toBe(purgedNow.length);
    const mine = await db().select().from(passages).where(inArray(passages.idempotencyKey, items.map((i) => i.idempotencyKey)));
    expect(mine.filter((p) => p.personalPurgedAt).length).toBe(6);
  });
});
