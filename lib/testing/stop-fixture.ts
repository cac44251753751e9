// Test fixture for e2e/graceful-stop.spec.ts, run before and after the server it stops (a PGlite
// folder has one process at a time). `seed`: a checkpoint with a poster version; prints
// "token <poster token>" (POSTER_HMAC_KEY comes from the environment, so the server agrees).
// `count <file of keys>`: prints "count <json>" with how many passages each key has.
import fs from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import { passages } from '../../db/schema';
import { openDatabase } from '../../db/bootstrap';
import { closeDatabase } from '../../db/index';
import { failScript } from '../../db/script-failure';
import { rowsOf } from '../passages/aggregate-check';
import { makePosterToken } from '../passages/test-helpers';
import { makeCheckpoint } from './factories';

async function main() {
  const { db } = await openDatabase();
  if (process.argv[2] === 'seed') {
    const cp = await makeCheckpoint('524');
    console.log(`token ${await makePosterToken(cp.id)}`);
  } else {
    const keys = JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) as string[];
    const rows = keys.length
      ? await db.select({ key: passages.idempotencyKey, n: sql<number>`count(*)::int` }).from(passages).where(inArray(passages.idempotencyKey, keys)).groupBy(passages.idempotencyKey)
      : [];
    const [{ total }] = rowsOf<{ total: number }>(await db.execute(sql`select count(*)::int as total from passages`));
    console.log(`count ${JSON.stringify({ total, found: Object.fromEntries(rows.map((r) => [r.key, r.n])) })}`);
  }
  await closeDatabase();
}

main().catch(failScript('stop-fixture'));
