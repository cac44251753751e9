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
    expect(await aggregateMismatches(db())).toHaveLength(2);
    await applyAggregateDeltas(db(), [delta('2021-09-20', 8, -1)]);
    expect(await aggregateMismatches(db())).toEqual([]);
  });
});
