// `npm run bench:ingest`: check-in throughput on PostgreSQL (DATABASE_URL). Builds if needed, makes a
// scratch database `<name>_bench`, starts its own production server (rate limiter off, bare route on)
// and measures, with 50 concurrent connections:
//   1. single check-ins through POST /api/checks vs the bare route doing the same writes;
//   2. passages/s through POST /api/checks/batch (100 per request) vs the same writes via postgres.js.
// Ends with one line of JSON. BENCH_SECONDS (default 15 per side, in 3 alternating rounds), BENCH_PORT (default 3290);
// BENCH_CPU_PROFILE=<folder> writes the server's V8 CPU profiles there (open them in Chrome's DevTools).
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { buildIfNeeded } from './build-if-needed.mjs';
import { signPosterToken } from '../lib/posters/token';
import { aggregateMismatches } from '../lib/passages/aggregate-check';
import { load, percentile, type LoadResult } from './bench/load';
import { startServer, stopServer } from './bench/server';
import { checkInBody, passageRow } from './bench/rows';
import { writeRawBatch } from './bench/raw-writes';
import { logError } from '../lib/log/logger';
import { groupCpuMs } from './bench/cpu';

const CONNECTIONS = 50;
const BATCH = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const POOL = Number(process.env.DATABASE_POOL_MAX ?? 20);
const POSTER_KEY = 'bench-poster-key';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Cần DATABASE_URL trỏ tới PostgreSQL (ví dụ postgres://postgres@127.0.0.1:5432/quangngai).');
  buildIfNeeded();
  const benchUrl = new URL(url);
  const name = `${benchUrl.pathname.slice(1) || 'postgres'}_bench`.replace(/[^a-z0-9_]/gi, '_');
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  benchUrl.pathname = `/${name}`;

  console.log(`Giới hạn tần suất: TẮT cho lần đo này (RATE_LIMIT=off). Tuyến trần /api/bench/passages: BẬT (BENCH_BARE_ROUTE=1).`);
  console.log(`CSDL tạm ${name}; ${CONNECTIONS} kết nối đồng thời; ${SECONDS} s mỗi phía, chia ${ROUNDS} lượt xen kẽ; pool ${POOL} kết nối PostgreSQL.`);
  const logFile = path.join(os.tmpdir(), `bench-ingest-${process.pid}.log`);
  const server = await startServer(PORT, {
    DATABASE_URL: benchUrl.toString(), DATABASE_POOL_MAX: String(POOL), RATE_LIMIT: 'off', BENCH_BARE_ROUTE: '1',
    POSTER_HMAC_KEY: POSTER_KEY, DATA_DIR: path.join(os.tmpdir(), `bench-ingest-${process.pid}`),
  }, logFile, process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : []);
  // The server's own CPU time per request: unlike requests per second, it holds on a busy machine.
  const serverCpu = { handler: 0, batch: 0 };
  const timed = async <T>(side: keyof typeof serverCpu, run: () => Promise<T>) => {
    const before = groupCpuMs(server.pid!);
    const result = await run();
    serverCpu[side] += (groupCpuMs(server.pid!) ?? Number.NaN) - (before ?? Number.NaN);
    return result;
  };
  const sql = postgres(benchUrl.toString(), { max: POOL, onnotice: () => {} });
  try {
    const [cp] = await sql<{ id: string; number: number; district_code: string }[]>`
      insert into checkpoints (kind, name, district_code, search_text, poster_version) values ('fixed', 'Chốt đo hiệu năng', '524', 'chot do hieu nang', 1)
      returning id, number, district_code`;
    await sql`insert into poster_versions (checkpoint_id, version, manual_code) values (${cp.id}, 1, 'BENCHA')`;
    const token = signPosterToken(POSTER_KEY, cp.number, 1);
    const checkpoint = { id: cp.id, districtCode: cp.district_code };
    const origin = `http://127.0.0.1:${PORT}`;
    const single = (p: string, body: () => unknown, seconds: number) => load(origin, p, { connections: CONNECTIONS, seconds, body: () => JSON.stringify(body()) });

    // Warm both paths (JIT, caches, pool connections), then alternate in short rounds: the machine
    // and the database may be shared, and a burst of someone else's load should hit both sides alike.
    await single('/api/checks', () => checkInBody(token), 2);
    await single('/api/bench/passages', () => passageRow(checkpoint), 2);
    const handler: LoadResult[] = [];
    const bare: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      handler.push(await timed('handler', () => single('/api/checks', () => checkInBody(token), SECONDS / ROUNDS)));
      bare.push(await single('/api/bench/passages', () => passageRow(checkpoint), SECONDS / ROUNDS));
    }

    const stored = (_status: number, text: string) => (JSON.parse(text).results as { status: string }[]).filter((r) => r.status === 'stored').length;
    const batchBody = () => JSON.stringify({ items: Array.from({ length: BATCH }, () => checkInBody(token)) });
    await load(origin, '/api/checks/batch', { connections: CONNECTIONS, seconds: 2, body: batchBody, count: stored });
    const batch: LoadResult[] = [];
    const raw: { units: number; seconds: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      batch.push(await timed('batch', () => load(origin, '/api/checks/batch', { connections: CONNECTIONS, seconds: SECONDS / ROUNDS, body: batchBody, count: stored })));
      raw.push(await rawLoad(sql, () => Array.from({ length: BATCH }, () => passageRow(checkpoint)), SECONDS / ROUNDS));
    }

    // Its own client: drizzle changes a postgres.js client's date handling.
    const check = postgres(benchUrl.toString(), { max: 1, onnotice: () => {} });
    const mismatches = await aggregateMismatches(drizzle(check) as never);
    await check.end();
    report({ handler, bare, batch, raw, serverCpu, mismatches: mismatches.length });
  } catch (error) {
    // Said now: dropping the database below ends connections whose errors would hide this one.
    logError('bench:ingest', error, { step: 'Đo hiệu năng thất bại' });
    process.exitCode = 1;
  } finally {
    stopServer(server);
    await sql.end({ timeout: 5 });
    if (process.env.BENCH_KEEP_DB !== '1') await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

async function rawLoad(sql: postgres.Sql, rows: () => ReturnType<typeof passageRow>[], seconds: number) {
  let units = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const failures: unknown[] = [];
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end && !failures.length) {
      // Not `units += await …`: that reads `units` before waiting and loses the others' counts.
      const stored = await writeRawBatch(sql, rows()).catch((error) => (failures.push(error), 0));
      units += stored;
    }
  }));
  if (failures.length) throw failures[0];
  return { units, seconds: (performance.now() - started) / 1000 };
}

function report(r: { handler: LoadResult[]; bare: LoadResult[]; batch: LoadResult[]; raw: { units: number; seconds: number }[]; serverCpu: { handler: number; batch: number }; mismatches: number }) {
  const rps = (runs: LoadResult[]) => runs.reduce((n, x) => n + x.requests, 0) / runs.reduce((s, x) => s + x.seconds, 0);
  const statuses = (runs: LoadResult[]) => JSON.stringify(runs.reduce<Record<number, number>>((acc, x) => {
    for (const [k, v] of Object.entries(x.statuses)) acc[Number(k)] = (acc[Number(k)] ?? 0) + v;
    return acc;
  }, {}));
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  const perSecond = (runs: { units: number; seconds: number }[]) => runs.reduce((n, x) => n + x.units, 0) / runs.reduce((s, x) => s + x.seconds, 0);
  const handlerLat = r.handler.flatMap((x) => x.latenciesMs);
  const bareLat = r.bare.flatMap((x) => x.latenciesMs);
  const out = {
    handler_rps: round(rps(r.handler)),
    bare_rps: round(rps(r.bare)),
    handler_ratio: round(rps(r.handler) / rps(r.bare), 3),
    handler_p99_ms: round(percentile(handlerLat, 99)),
    batch_rows_per_s: round(perSecond(r.batch)),
    raw_rows_per_s: round(perSecond(r.raw)),
    batch_ratio: round(perSecond(r.batch) / perSecond(r.raw), 3),
    handler_cpu_ms: round(r.serverCpu.handler / r.handler.reduce((n, x) => n + x.requests, 0), 2),
    batch_cpu_ms: round(r.serverCpu.batch / r.batch.reduce((n, x) => n + x.requests, 0), 2),
  };
  console.log(`Khai báo qua POST /api/checks: ${out.handler_rps} yêu cầu/s, p50 ${round(percentile(handlerLat, 50))} ms, p99 ${out.handler_p99_ms} ms; mã trả về ${statuses(r.handler)}`);
  console.log(`Tuyến trần (cùng thao tác ghi): ${out.bare_rps} yêu cầu/s, p50 ${round(percentile(bareLat, 50))} ms, p99 ${round(percentile(bareLat, 99))} ms; mã trả về ${statuses(r.bare)}`);
  console.log(`Tỉ lệ handler/trần: ${out.handler_ratio} (mục tiêu ≥ 0,8)`);
  console.log(`Lô 100 qua POST /api/checks/batch: ${out.batch_rows_per_s} lượt/s (${r.batch.reduce((n, x) => n + x.requests, 0)} yêu cầu, mã ${statuses(r.batch)})`);
  console.log(`Cùng thao tác ghi trực tiếp bằng postgres.js: ${out.raw_rows_per_s} lượt/s`);
  console.log(`Tỉ lệ lô/trực tiếp: ${out.batch_ratio} (mục tiêu ≥ 0,6)`);
  console.log(`CPU của máy chủ: ${out.handler_cpu_ms} ms mỗi lượt khai báo, ${out.batch_cpu_ms} ms mỗi lô 100 lượt`);
  console.log(`Thống kê khớp số đếm thô: ${r.mismatches === 0 ? 'có' : `KHÔNG (${r.mismatches} ô lệch)`}`);
  console.log(JSON.stringify(out));
}

main().catch((error) => {
  logError('bench:ingest', error);
  process.exit(1);
});
