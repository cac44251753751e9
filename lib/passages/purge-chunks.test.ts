import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor, makeCheckpoint } from '@/lib/testing/factories';
import { simulatePassages } from '@/lib/stats/simulate/run';
import { aggregateMismatches, rowsOf } from './aggregate-check';
import { ingestChecks } from './ingest';
import { PURGE_CHUNK, purgePersonalData } from './purge';
import { as, directCheck } from './test-helpers';

const { db } = useTestDatabase();

// Issue 12's figure: a 200k-row backlog froze a PGlite server for 6.8 s. A request waits for at most
// one chunk whatever the backlog, so `npm test` uses 40k rows (building 200k takes over two
// minutes); PURGE_TEST_ROWS=200000 runs the figure. The production chunk size is measured.
const ROWS = Number(process.env.PURGE_TEST_ROWS ?? 40_000);

describe('purgePersonalData in chunks', () => {
  it('lets ingest requests run between its chunks instead of holding the database for the whole backlog', async () => {
    const now = new Date();
    await simulatePassages(db(), { passages: ROWS, days: 200, seed: 12, now });
    // Make the simulated backlog due, as a portal that has not purged for a while would have it.
    await db().execute(sql`update passages set personal_purged_at = null, phone = '0905000000'`);
    const [{ due }] = rowsOf<{ due: number }>(await db().execute(sql`select count(*)::int as due from passages where checked_at < ${new Date(now.getTime() - 21 * 86_400_000).toISOString()}::timestamptz`));
    const cp = await makeCheckpoint('524');
    const officer = await makeActor('officer', { checkpointIds: [cp.id] });

    const events: string[] = [];
    const waits: number[] = [];
    let purging = true;
    const ingest = (async () => {
      while (purging) {
        const started = performance.now();
        const [outcome] = await ingestChecks([directCheck(cp.id)], as(officer));
        expect(outcome.status).toBe('stored');
        waits.push(performance.now() - started);
        events.push('request');
        // Requests reach a server through I/O: without this macrotask turn, a loop of PGlite
        // queries (synchronous WASM behind promises) would never let any timer or I/O run.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const purgeStarted = performance.now();
    const report = await purgePersonalData(now, { onChunk: () => events.push('chunk') });
    const purgeMs = performance.now() - purgeStarted;
    purging = false;
    await ingest;

    expect(report.purged).toBe(due);
    const chunks = events.filter((e) => e === 'chunk').length;
    expect(chunks).toBe(Math.floor(due / PURGE_CHUNK) + 1);
    // Requests were answered between chunks, not only before or after the purge.
    const firstChunk = events.indexOf('chunk');
    const lastChunk = events.lastIndexOf('chunk');
    const between = events.slice(firstChunk, lastChunk).filter((e) => e === 'request').length;
    expect(between).toBeGreaterThanOrEqual(chunks - 1);
    const longest = Math.max(...waits);
    console.log(`[purge] ${due} due rows in ${chunks} chunks, ${purgeMs.toFixed(0)} ms; ${waits.length} ingest requests meanwhile (${between} between chunks), longest wait ${longest.toFixed(0)} ms`);
    // No request waited behind the whole purge: at most about one chunk's share of it. Measured
    // against the purge's own duration, so a busy machine slows both sides alike (a fixed
    // millisecond bound failed at load 25). Quiet-machine figures are in issue 12's note.
    expect(chunks).toBeGreaterThanOrEqual(8);
    expect(longest).toBeLessThan(purgeMs / 4);

    const [left] = rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from passages where personal_purged_at is null and checked_at < ${report.cutoff.toISOString()}::timestamptz`));
    expect(left.n).toBe(0);
    expect(await aggregateMismatches(db())).toEqual([]);
  }, 300_000);
});
