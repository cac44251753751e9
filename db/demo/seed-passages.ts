import { sql } from 'drizzle-orm';
import type { Db } from '../index';
import { passages } from '../schema';
import { simulatePassages } from '@/lib/stats/simulate/run';

/** How many demo passages, over how many days ending today: enough for every chart, quick on PGlite. */
export const DEMO_PASSAGES = 3000;
export const DEMO_DAYS = 60;

/**
 * Passages for the statistics dashboard, at the demo checkpoints, through the simulator (so
 * aggregates are counted by the ingest statement's own SQL). Only into a database without any
 * passage: real checks are never mixed with made-up ones. A fixed seed, relative to today.
 */
export async function seedDemoPassages(db: Db, now = new Date()): Promise<void> {
  const [any] = await db.select({ one: sql`1` }).from(passages).limit(1);
  if (any) return;
  await simulatePassages(db, { passages: DEMO_PASSAGES, days: DEMO_DAYS, seed: 2021, keyPrefix: 'demo', createCheckpoints: false, now });
}
