import { describe, expect, it } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { passages } from '@/db/schema';
import type { CheckInput } from './check-schema';
import { ingestChecks, MAX_BATCH } from './ingest';
import { aggregateMismatches } from './aggregate-check';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

describe('replaying a queue over a lossy network', () => {
  it('1,000 queued checks, 30% of answers lost after the server commits: exactly 1,000 passages', async () => {
    let seed = 2021;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const cps = await Promise.all([makeCheckpoint('524'), makeCheckpoint('534')]);
    const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
    const start = Date.now() - 6 * 3_600_000;
    const queue: CheckInput[] = Array.from({ length: 1000 }, (_, i) =>
      directCheck(cps[i % 2].id, { checkedAt: new Date(start + i * 20_000).toISOString(), doses: i % 3, lastDoseOn: i % 3 ? '2021-08-01' : undefined, citizen: { phone: `0912${String(i).padStart(6, '0')}` } }),
    );
    const keys = queue.map((c) => c.idempotencyKey);
    let requests = 0;
    let lost = 0;
    let duplicates = 0;

    // The device's sync loop: send up to 100 from the head (two requests in flight at a time, as a
    // reconnecting phone may), drop what the server confirmed, resend whatever got no answer.
    while (queue.length) {
      const inFlight = [queue.slice(0, MAX_BATCH), queue.slice(MAX_BATCH, 2 * MAX_BATCH)].filter((b) => b.length);
      const answers = await Promise.all(
        inFlight.map(async (batch) => {
          requests++;
          const outcomes = await ingestChecks(batch, as(officer)); // committed on the server…
          if (rand() < 0.3) {
            lost++;
            return []; // …but the answer never reaches the phone
          }
          return outcomes;
        }),
      );
      const settled = new Set<string>();
      for (const outcome of answers.flat()) {
        expect(outcome.status).not.toBe('refused');
        if (outcome.status === 'duplicate') duplicates++;
        settled.add(outcome.idempotencyKey!);
      }
      for (let i = queue.length - 1; i >= 0; i--) if (settled.has(queue[i].idempotencyKey)) queue.splice(i, 1);
    }

    const [{ n, distinct }] = await db()
      .select({ n: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${passages.idempotencyKey})::int` })
      .from(passages)
      .where(inArray(passages.idempotencyKey, keys));
    expect(n).toBe(1000);
    expect(distinct).toBe(1000);
    expect(await aggregateMismatches(db())).toEqual([]);
    expect(lost).toBeGreaterThan(0);
    expect(duplicates).toBeGreaterThan(0);
    console.log(`reliability: ${requests} batch requests, ${lost} answers lost, ${duplicates} duplicates answered on retry`);
  });
});
