import type { Db } from '../index';
import { seedDemoAccounts, seedDemoCheckpoints } from './seed-accounts-and-checkpoints';
import { seedDemoPosters } from './seed-posters';
import { seedDemoPassages } from './seed-passages';
import { seedDemoComms } from './seed-comms';
import { seedDemoPassports } from './seed-demo-passports';

/**
 * Demo content so that every page shows something real. Idempotent: safe on every start.
 * Each feature adds its own step here, after the ones it depends on.
 */
export async function seedDemo(db: Db): Promise<void> {
  await seedDemoCheckpoints(db);
  await seedDemoAccounts(db);
  await seedDemoPosters(db);
  await seedDemoPassages(db);
  await seedDemoComms(db);
  await seedDemoPassports(db);
}
