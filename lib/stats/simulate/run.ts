import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { checkpoints, passages } from '@/db/schema';
import { applyAggregateDeltas, type AggregateDelta } from '@/lib/passages/aggregates';
import { rowsOf } from '@/lib/passages/aggregate-check';
import { localHour } from '@/lib/text/format';
import { todayLocal } from '../dates';
import { prng } from '../prng';
import { ensureSimulationCheckpoints } from './checkpoints';
import { DISTRICT_POPULATION, HOUR_WEIGHTS, lottery, planDays } from './plan';
import { simulatedPassagesStatement, type DayPart } from './statement';

export interface SimulateOptions {
  passages: number;
  /** Local days ending today (default 365). */
  days?: number;
  /** Same seed, same passages (relative to today). */
  seed?: number;
  /** Start of every idempotency key; must differ between runs that add to one database. */
  keyPrefix?: string;
  /** Statements in flight at once (PostgreSQL; PGlite runs one at a time anyway). */
  concurrency?: number;
  /** Rows per statement at most. */
  batchSize?: number;
  /** Share of stored passages voided afterwards (through applyAggregateDeltas, as a void is). */
  voidShare?: number;
  /** Add simulated checkpoints when there are few (default true). */
  createCheckpoints?: boolean;
  now?: Date;
  log?: (line: string) => void;
}

export interface SimulateResult { inserted: number; voided: number; checkpointsCreated: number; checkpointsUsed: number; ms: number }

/**
 * Fills the database with realistic passages: districts weighted by population, daytime peaks,
 * certificate scans and valid results rising over the months, every method, source, evidence and
 * result, the newest dated today. Rows are generated in SQL and stored by the ingest statement's
 * own CTEs, so aggregates and rollups are counted exactly as for real checks.
 */
export async function simulatePassages(db: Db, options: SimulateOptions): Promise<SimulateResult> {
  const started = Date.now();
  const { passages: total, days = 365, seed = 2021, concurrency = 1, batchSize = 50_000, voidShare = 0.002, now = new Date(), log = () => {} } = options;
  const keyPrefix = options.keyPrefix ?? `sim-${now.getTime().toString(36)}`;
  const created = options.createCheckpoints === false ? 0 : await ensureSimulationCheckpoints(db);
  const cps = await db.select({ id: checkpoints.id, districtCode: checkpoints.districtCode }).from(checkpoints)
    .where(eq(checkpoints.status, 'active')).orderBy(checkpoints.number);
  if (!cps.length) throw new Error('Chưa có chốt nào đang hoạt động để mô phỏng lượt kiểm tra.');
  const rand = prng(seed);
  const perDistrict = new Map<string, number>();
  for (const c of cps) perDistrict.set(c.districtCode, (perDistrict.get(c.districtCode) ?? 0) + 1);
  // Population shared among a district's checkpoints, each busier or quieter than the others.
  const weights = cps.map((c) => ((DISTRICT_POPULATION[c.districtCode] ?? 50) / perDistrict.get(c.districtCode)!) * (0.4 + 1.2 * rand()));
  const slots = lottery(weights, 2000);
  const draw = { checkpointIds: cps.map((c) => c.id), districtCodes: cps.map((c) => c.districtCode), checkpointSlots: slots.map((i) => i + 1), hours: lottery(HOUR_WEIGHTS, 240) };

  // Statements of up to batchSize rows: many small days share one, a big day is split.
  const jobs: DayPart[][] = [[]];
  let filled = 0;
  for (const plan of planDays(total, days, todayLocal(now), localHour(now))) {
    for (let part = 0, done = 0; done < plan.count; part++) {
      if (filled >= batchSize) { jobs.push([]); filled = 0; }
      const count = Math.min(plan.count - done, batchSize - filled);
      jobs.at(-1)!.push({ plan, part, count });
      done += count;
      filled += count;
    }
  }
  let inserted = 0, voided = 0, nextReport = 0.05, next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      const rows = job.reduce((a, p) => a + p.count, 0);
      const voids = await db.transaction(async (tx) => {
        await tx.execute(sql`select setseed(${(((seed * 7919 + index) % 19_999) / 10_000) - 1})`);
        const picked = rowsOf<{ id: string | number; day: string; hour: number; checkpoint_id: string; district_code: string } & Pick<AggregateDelta, 'method' | 'source' | 'evidence' | 'result'>>(
          await tx.execute(simulatedPassagesStatement(job, `${keyPrefix}:`, draw, now, voidShare)));
        if (picked.length) {
          await tx.update(passages).set({ voidedAt: now }).where(inArray(passages.id, picked.map((p) => Number(p.id))));
          await applyAggregateDeltas(tx, picked.map((p) => ({
            day: p.day, hour: Number(p.hour), checkpointId: p.checkpoint_id, districtCode: p.district_code,
            method: p.method, source: p.source, evidence: p.evidence, result: p.result, count: -1,
          })));
        }
        return picked.length;
      });
      inserted += rows;
      voided += voids;
      if (inserted / total >= nextReport || inserted === total) {
        log(`  ${inserted.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} lượt (${Math.round((inserted / total) * 100)}%), ${((Date.now() - started) / 1000).toFixed(1)} s`);
        while (nextReport <= inserted / total) nextReport += 0.05;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { inserted, voided, checkpointsCreated: created, checkpointsUsed: cps.length, ms: Date.now() - started };
}
