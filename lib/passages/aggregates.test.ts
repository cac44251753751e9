import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeCheckpoint } from '@/lib/testing/factories';
import { passages } from '@/db/schema';
import { applyAggregateDeltas, type AggregateDelta } from './aggregates';
import { aggregateMismatches } from './aggregate-check';

const { db } = useTestDatabase();

describe('applyAggregateDeltas', () => {
  it('keeps statistics equal to raw counts through inserts and voids in one transaction', async () => {
    const cp = await makeCheckpoint('524');
    const base = { checkpointId: cp.id, districtCode: '524', method: 'direct', source: 'bluezone', evidence: 'officer_seen', result: 'valid' } as const;
    const delta = (day: string, hour: number, count: number): AggregateDelta => ({ ...base, day, hour, count });
    await db().transaction(async (tx) => {
      const rows = [0, 1, 2].map((i) => ({
        ...base, ruleVersion: 1, checkedAt: new Date(`2021-09-2${i}T01:00:00Z`), localDay: `2021-09-2${i}`, localHour: 8,
        idempotencyKey: `k${i}`, bodyHash: 'h',
      }));
      await tx.insert(passages).values(rows);
      await applyAggregateDeltas(tx, rows.map((r) => delta(r.localDay, 8, 1)));
    });
    expect(await aggregateMismatches(db())).toEqual([]);
    await applyAggregateDeltas(db(), [delta('2021-09-20', 8, 1)]);
    // One extra passage too many, seen by every table and measure that counts it.
    expect((await aggregateMismatches(db())).map((m) => m.table).sort()).toEqual([
      'checkpoint_daily.total', 'checkpoint_daily.valid', 'checkpoint_hourly.total', 'checkpoint_hourly.valid', 'daily', 'district_daily', 'district_hourly.total',
      'district_hourly.valid', 'hourly',
    ]);
    await applyAggregateDeltas(db(), [delta('2021-09-20', 8, -1)]);
    expect(await aggregateMismatches(db())).toEqual([]);
  });
});

describe('rollups through the insert statement and a void', () => {
  it('count a valid scanned certificate as certified, and forget it when voided', async () => {
    const { insertPassagesCounted } = await import('./insert-rows');
    const { sql } = await import('drizzle-orm');
    const cp = await makeCheckpoint('534');
    const checkedAt = new Date('2021-10-01T02:30:00Z');
    const row = (key: string, result: 'valid' | 'expired') => ({
      checkpointId: cp.id, districtCode: '534', method: 'officer_scan', source: 'vaccine_passport', evidence: 'certificate_checked', result,
      ruleVersion: 1, checkedAt, receivedAt: checkedAt, localDay: '2021-10-01', localHour: 9, idempotencyKey: key,
    } as const);
    const ids = await insertPassagesCounted(db(), [row('c1', 'valid'), row('c2', 'valid'), row('c3', 'expired')]);
    expect(await aggregateMismatches(db())).toEqual([]);
    const certified = async () => (await db().execute(sql`select certified from stats_checkpoint_daily where checkpoint_id = ${cp.id}`));
    expect(JSON.stringify(await certified())).toContain('2');
    await db().transaction(async (tx) => {
      await tx.execute(sql`update passages set voided_at = now() where id = ${ids.get('c1')!}`);
      const { checkpointId, districtCode, method, source, evidence, result } = row('c1', 'valid');
      await applyAggregateDeltas(tx, [{ checkpointId, districtCode, method, source, evidence, result, day: '2021-10-01', hour: 9, count: -1 }]);
    });
    expect(await aggregateMismatches(db())).toEqual([]);
  });
});
