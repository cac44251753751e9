import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import type { CheckInput } from './check-schema';
import { ingestChecks } from './ingest';
import { voidPassage } from './void';
import { aggregateMismatches } from './aggregate-check';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

// On PostgreSQL (DATABASE_URL) the pool's ten connections really race; PGlite runs the same
// writers one statement at a time, which still checks every outcome and the counts.
describe('voids racing ingest on the same checkpoints', () => {
  it('answers every void and every batch, and the aggregates equal the raw counts', async () => {
    const cps = await Promise.all(['524', '524', '524', '534'].map((d) => makeCheckpoint(d)));
    const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
    const now = Date.now();
    // Same hour, every checkpoint, three results: each batch and each void touch shared buckets
    // in all five aggregate tables.
    const check = (i: number): CheckInput =>
      directCheck(cps[i % cps.length].id, { checkedAt: new Date(now - (i % 7) * 1000).toISOString(), doses: i % 3, lastDoseOn: i % 3 ? '2021-08-01' : undefined });
    const batch = (offset: number, size: number) => Array.from({ length: size }, (_, i) => check(offset + i));

    const first = await ingestChecks(batch(0, 200), as(officer));
    const ids = first.map((o) => (o.status === 'stored' ? o.passage.id : Number.NaN));
    expect(ids.every(Number.isFinite)).toBe(true);

    const failures: unknown[] = [];
    const settle = <T>(p: Promise<T>) => p.catch((error: unknown) => void failures.push(error));
    const batches = Array.from({ length: 16 }, (_, b) => settle(ingestChecks(batch(1000 + b * 60, 60), as(officer))));
    const voids = ids.map((id) => settle(voidPassage(officer, id)));
    const [batchOutcomes, voidOutcomes] = await Promise.all([Promise.all(batches), Promise.all(voids)]);

    expect(failures.map(String)).toEqual([]);
    expect(voidOutcomes.every((v) => v && v.status === 'voided')).toBe(true);
    expect(batchOutcomes.flatMap((o) => o ?? []).filter((o) => o.status !== 'stored')).toEqual([]);
    expect(await aggregateMismatches(db())).toEqual([]);
  });
});
