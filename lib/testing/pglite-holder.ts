// Test fixture: a process that opens the PGlite folder of PGLITE_DIR the way every command does,
// adds PROBE_ROWS rows to a probe table, prints "ready <rows in probe>" and holds the folder until
// SIGTERM (then closes it cleanly) or SIGKILL.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/bootstrap';
import { closeDatabase } from '../../db/index';
import { failScript } from '../../db/script-failure';
import { rowsOf } from '../passages/aggregate-check';

async function main() {
  const { db } = await openDatabase();
  await db.execute(sql`create table if not exists probe (n int not null)`);
  const add = Number(process.env.PROBE_ROWS ?? 0);
  if (add) await db.execute(sql`insert into probe select generate_series(1, ${add})`);
  const [{ count }] = rowsOf<{ count: number }>(await db.execute(sql`select count(*)::int as count from probe`));
  process.once('SIGTERM', () => void closeDatabase().then(() => process.exit(0)));
  console.log(`ready ${count}`);
  setInterval(() => {}, 60_000);
}

main().catch(failScript('pglite-holder'));
