import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

/** Fresh planner statistics after a bulk load, so the first dashboard queries plan well. */
export async function analyzeStatistics(db: Executor): Promise<void> {
  await db.execute(sql`analyze passages, passage_daily_stats, passage_hourly_stats, stats_district_daily, stats_checkpoint_daily, stats_district_hourly, stats_checkpoint_hourly, checkpoints`);
}
