import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

/**
 * After a bulk load: the statistics tables vacuumed (every batch's upsert left a dead version of
 * each rollup row it updated, ~300k in passage_daily_stats at 10M passages, which the dashboard
 * would step over until autovacuum passes, or forever where it is off) and fresh planner
 * statistics for all, so the first dashboard queries plan and read as on a settled database.
 * Not in a transaction (VACUUM refuses one).
 */
export async function analyzeStatistics(db: Executor): Promise<void> {
  await db.execute(sql`vacuum analyze passage_daily_stats, passage_hourly_stats, stats_district_daily, stats_checkpoint_daily, stats_district_hourly, stats_checkpoint_hourly`);
  await db.execute(sql`analyze passages, checkpoints`);
}
