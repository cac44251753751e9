import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { checkpoints } from '@/db/schema';
import { addStoredPassagesToAggregates } from '@/lib/passages/aggregates';
import { rowsOf } from '@/lib/passages/aggregate-check';
import { localHour } from '@/lib/text/format';
import { todayLocal } from '../dates';
import { prng } from '../prng';
import { ensureSimulationCheckpoints } from './checkpoints';
import { deferIndexes } from './deferred-indexes';
import { DISTRICT_POPULATION, HOUR_WEIGHTS, lottery, planDays } from './plan';
import { simulatedPassagesInsert, type DayPart } from './statement';

export interface SimulateOptions {
  passages: number;
  /** Local days ending today (default 365). */
  days?: number;
  /** Same seed, same passages (relative to today). */
  seed?: number;
  /** Start of every idempotency key; must differ between runs that add to one database. */
  keyPrefix?: string;
  /** Rows per statement at most (one progress step). */
  batchSize?: number;
  /** Share of passages stored already voided (left out of the aggregates, as a void does). */
  voidShare?: number;
  /** Add simulated checkpoints when there are few (default true). */
  createCheckpoints?: boolean;
  now?: Date;
  log?: (line: string) => void;
}

export interface SimulateResult { inserted: number; voided: number; checkpointsCreated: number; checkpointsUsed: number; indexesDeferred: boolean; ms: number }

// Counting the aggregates and rebuilding indexes after loading 1M and 10M rows (PostgreSQL 15,
// 2 cores) took about this share of the time the load itself took: turns the load's pace into an
// estimate for the whole run.
const AFTER_LOAD_SHARE = 1.5;
/** Tables counted from passages (db/schema/stats.ts and passages.ts). */
const AGGREGATE_TABLES = [
  'passage_daily_stats', 'passage_hourly_stats', 'stats_district_daily', 'stats_checkpoint_daily', 'stats_district_hourly', 'stats_checkpoint_hourly',
];

/**
 * Fills the database with realistic passages: districts weighted by population, daytime peaks,
 * certificate scans and valid results rising over the months, every method, source, evidence and
 * result, the newest dated today. One transaction: rows are generated in SQL and stored without
 * counting (and, when the run at least doubles the table, with its indexes dropped, rebuilt at the
 * end), then the aggregates and rollups are counted once from the stored rows by the same upserts
 * as ingest's (addStoredPassagesToAggregates). Nothing else can use passages meanwhile.
 */
export async function simulatePassages(db: Db, options: SimulateOptions): Promise<SimulateResult> {
  const started = Date.now();
  const { passages: total, days = 365, seed = 2021, batchSize = 100_000, voidShare = 0.002, now = new Date(), log = () => {} } = options;
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
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return db.transaction(async (tx) => {
    // Sorts and hashes of a whole run fit in memory instead of spilling to disk (this transaction only).
    await tx.execute(sql`set local work_mem = '512MB'`);
    await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
    const [before] = rowsOf<{ last_id: string | number; rows: string | number }>(await tx.execute(sql`
      select coalesce((select max(id) from passages), 0) as last_id, greatest((select reltuples from pg_class where oid = 'passages'::regclass), 0)::bigint as rows`));
    const defer = total >= Number(before.rows);
    const restoreIndexes = defer ? await deferIndexes(tx, ['passages', ...AGGREGATE_TABLES]) : null;
    let inserted = 0, voided = 0, nextReport = 0.05;
    for (const [index, job] of jobs.entries()) {
      await tx.execute(sql`select setseed(${(((seed * 7919 + index) % 19_999) / 10_000) - 1})`);
      const [done] = rowsOf<{ stored: number; voided: number }>(await tx.execute(simulatedPassagesInsert(job, `${keyPrefix}:`, draw, now, voidShare)));
      inserted += Number(done.stored);
      voided += Number(done.voided);
      if (inserted / total >= nextReport || inserted === total) {
        const elapsed = Date.now() - started;
        const left = (elapsed / inserted) * (total * (1 + AFTER_LOAD_SHARE)) - elapsed;
        log(`  ${inserted.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} lượt (${Math.round((inserted / total) * 100)}%), ${seconds(elapsed)}, ${Math.round(inserted / (elapsed / 1000)).toLocaleString('vi-VN')} lượt/s, còn khoảng ${seconds(left)}`);
        while (nextReport <= inserted / total) nextReport += 0.05;
      }
    }
    let at = Date.now();
    log(`  Cộng số liệu tổng hợp từ các lượt vừa ghi…`);
    await addStoredPassagesToAggregates(tx, sql`id > ${Number(before.last_id)}`);
    log(`  Đã cộng số liệu tổng hợp (${seconds(Date.now() - at)}).`);
    if (restoreIndexes) {
      at = Date.now();
      log(`  Dựng lại chỉ mục…`);
      await restoreIndexes();
      log(`  Đã dựng lại chỉ mục (${seconds(Date.now() - at)}).`);
    }
    return { inserted, voided, checkpointsCreated: created, checkpointsUsed: cps.length, indexesDeferred: defer, ms: Date.now() - started };
  });
}
