import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { passages } from '@/db/schema';
import { localDay, localHour } from '@/lib/text/format';
import { applyAggregateDeltas } from './aggregates';
import { getCheckpointToday } from './checkpoint-today';
import { VOID_WINDOW_MS } from './void';

const { db } = useTestDatabase();
let key = 0;

/** A passage and its aggregate rows, as ingest writes them. */
async function addPassage(checkpointId: string, checkedAt: Date, result: 'valid' | 'incomplete_doses' = 'valid', voided = false) {
  const base = { checkpointId, districtCode: '524', method: 'direct', source: 'paper', evidence: 'officer_seen', result } as const;
  const [row] = await db().insert(passages).values({
    ...base, ruleVersion: 1, checkedAt, localDay: localDay(checkedAt), localHour: localHour(checkedAt),
    idempotencyKey: `console-test-${key++}`, bodyHash: 'h', receivedAt: checkedAt, phone: '0905123456', citizenName: 'Nguyễn Văn A',
    voidedAt: voided ? checkedAt : null,
  }).returning();
  if (!voided) await applyAggregateDeltas(db(), [{ ...base, day: localDay(checkedAt), hour: localHour(checkedAt), count: 1 }]);
  return row;
}

describe('getCheckpointToday', () => {
  it.each([
    ['admin', '534', 'allowed'],
    ['police', '534', 'allowed'],
    ['viewer', '534', 'allowed'],
    ['district', '524', 'allowed'],
    ['district', '534', 'not_found'],
    ['officer', '524', 'not_found'],
  ] as const)('%s reading a checkpoint of district %s: %s', async (role, district, expected) => {
    const cp = await makeCheckpoint(district);
    const actor = await makeActor(role, { districtCode: role === 'district' || role === 'officer' ? '524' : undefined });
    expect(await outcomeOf(() => getCheckpointToday(actor, cp.id))).toBe(expected);
  });

  it('lets an officer read an assigned checkpoint only, hiding others as not found', async () => {
    const mine = await makeCheckpoint('524');
    const sameDistrict = await makeCheckpoint('524');
    const otherDistrict = await makeCheckpoint('534');
    const officer = await makeActor('officer', { checkpointIds: [mine.id] });
    expect(await outcomeOf(() => getCheckpointToday(officer, mine.id))).toBe('allowed');
    expect(await outcomeOf(() => getCheckpointToday(officer, sameDistrict.id))).toBe('not_found');
    expect(await outcomeOf(() => getCheckpointToday(officer, otherDistrict.id))).toBe('not_found');
    expect(await outcomeOf(() => getCheckpointToday(officer, 'not-a-uuid'))).toBe('not_found');
    expect(await outcomeOf(() => getCheckpointToday(null, mine.id))).toBe('unauthenticated');
  });

  it("counts today's checks from the aggregates, leaves out voided and yesterday's, and shows no personal data", async () => {
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });
    const now = new Date('2021-09-21T05:00:00Z'); // 12:00 in Quảng Ngãi
    const fresh = await addPassage(cp.id, new Date(now.getTime() - 60_000));
    const older = await addPassage(cp.id, new Date(now.getTime() - VOID_WINDOW_MS - 60_000), 'incomplete_doses');
    const voided = await addPassage(cp.id, new Date(now.getTime() - 120_000), 'valid', true);
    await addPassage(cp.id, new Date('2021-09-20T16:59:00Z')); // 23:59 local, the day before
    const summary = await getCheckpointToday(officer, cp.id, now);
    expect(summary).toMatchObject({ day: '2021-09-21', count: 2, byResult: { valid: 1, incomplete_doses: 1 } });
    expect(summary.recent.map((r) => r.id)).toEqual([fresh.id, voided.id, older.id]);
    expect(summary.recent[0].voidableUntil).toBe(new Date(fresh.receivedAt.getTime() + VOID_WINDOW_MS).toISOString());
    expect(summary.recent[1]).toMatchObject({ voided: true, voidableUntil: null });
    expect(summary.recent[2].voidableUntil).toBeNull();
    expect(JSON.stringify(summary)).not.toMatch(/0905123456|Nguyễn Văn A/);
    // The same figures for the district's staff, who cannot void.
    const district = await makeActor('district', { districtCode: '524' });
    const seen = await getCheckpointToday(district, cp.id, now);
    expect(seen).toMatchObject({ count: 2 });
    expect(seen.recent.every((r) => r.voidableUntil === null)).toBe(true);
  });
});
