// What the statistics rollup CTEs cost the ingest statement: 100-row batches (the batch endpoint's
// size) through insertPassagesStatement as it is, and with the three rollup CTEs cut out, in
// alternating rounds on a scratch database `<DATABASE_URL name>_rollups`, 8 concurrent writers.
// `npx tsx --conditions=react-server scripts/bench/rollup-cost.ts`; ends with one line of JSON.
import postgres from 'postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { openDatabase } from '../../db/bootstrap';
import { closeDatabase } from '../../db/index';
import { insertPassagesStatement } from '../../lib/passages/insert-rows';
import { passageRow } from './rows';
import { logError } from '../../lib/log/logger';

const dialect = new PgDialect();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function main() {
  const url = new URL(process.env.DATABASE_URL!);
  const name = `${url.pathname.slice(1)}_rollups`;
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  await openDatabase({ url: url.toString() });
  const sql = postgres(url.toString(), { max: 8, onnotice: () => {} });
  const cps = await sql<{ id: string; district_code: string }[]>`
    insert into checkpoints (kind, name, district_code, search_text) select 'fixed', 'Chốt đo ' || i, (array['522','524','534'])[1 + i % 3], 'chot do'
    from generate_series(1, 30) i returning id, district_code`;
  const run = async (withRollups: boolean) => {
    const end = Date.now() + SECONDS * 1000;
    let rows = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (Date.now() < end) {
        const batch = Array.from({ length: 100 }, () => passageRow({ id: cps[Math.floor(Math.random() * cps.length)].id, districtCode: '' }))
          .map((r) => ({ ...r, districtCode: cps.find((c) => c.id === r.checkpointId)!.district_code, checkedAt: new Date(r.checkedAt), receivedAt: new Date() }))
          .sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
        let query = dialect.sqlToQuery(insertPassagesStatement(batch as never)).sql;
        if (!withRollups) query = query.replace(/,\s*district_daily as \([\s\S]*\)\s*select id, idempotency_key from stored/, '\n    select id, idempotency_key from stored');
        const params = dialect.sqlToQuery(insertPassagesStatement(batch as never)).params;
        rows += (await sql.unsafe(query, params as never[])).length;
      }
    }));
    return rows / SECONDS;
  };
  await run(true);
  const withR: number[] = [], without: number[] = [];
  for (let i = 0; i < 3; i++) { without.push(await run(false)); withR.push(await run(true)); }
  const avg = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  console.log(`lượt/s với rollup: ${withR.map(Math.round).join(', ')}; không rollup: ${without.map(Math.round).join(', ')}`);
  await sql.end();
  await closeDatabase();
  console.log(JSON.stringify({ with_rollups_rows_per_s: avg(withR), without_rollups_rows_per_s: avg(without), cost_pct: Math.round((1 - avg(withR) / avg(without)) * 1000) / 10 }));
}

main().catch((e) => { logError('bench:rollup-cost', e); process.exit(1); });
