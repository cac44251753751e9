// `npm run faults -- [--checks 3000] [--batch 50] [--concurrency 4] [--voids 200] [--terminate 3]
//   [--restart "pg_ctlcluster 15 main restart"] [--keep]`
// Fault drill for an operator's own PostgreSQL (DATABASE_URL; the user needs CREATEDB). In a
// throwaway database it loads checks the way the console does (batches retried until answered,
// some answers "lost" so retries arrive), voids some of them meanwhile, and injects faults: kills
// every connection of the portal's pool (`--terminate N` times) and, if given, runs a restart
// command half-way. Then it verifies that every acknowledged check is stored exactly once, every
// acknowledged void is applied, and every aggregate equals a count over the raw passages.
import { execSync } from 'node:child_process';
import postgres from 'postgres';
import { openDatabase } from '../db/bootstrap';
import { closeDatabase, getDb } from '../db/index';
import { databaseUnavailableCode } from '../db/unavailable';
import { databaseUrlWithName } from '../lib/testing/pg-urls';
import { makeActor, makeCheckpoint } from '../lib/testing/factories';
import { as, directCheck } from '../lib/passages/test-helpers';
import { ingestChecks } from '../lib/passages/ingest';
import { voidPassage } from '../lib/passages/void';
import { aggregateMismatches, rowsOf } from '../lib/passages/aggregate-check';
import { sql } from 'drizzle-orm';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const num = (name: string, fallback: number) => Number(arg(name) ?? fallback);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Đặt DATABASE_URL (PostgreSQL của bạn, người dùng có quyền CREATEDB).');
  const [total, batchSize, concurrency, voidTarget, terminations] = [num('checks', 3000), num('batch', 50), num('concurrency', 4), num('voids', 200), num('terminate', 3)];
  const restart = arg('restart');
  const name = `qn_faults_${Date.now().toString(36)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  console.log(`Cơ sở dữ liệu thử: ${name}; ${total} lượt, gói ${batchSize}, ${concurrency} luồng, ${voidTarget} lượt huỷ, ${terminations} lần cắt kết nối${restart ? `, khởi động lại: ${restart}` : ''}`);
  await openDatabase({ url: databaseUrlWithName(url, name) });
  try {
    const cps = await Promise.all(['524', '524', '534'].map((d) => makeCheckpoint(d)));
    const officer = await makeActor('officer', { checkpointIds: cps.map((c) => c.id) });
    const queue = Array.from({ length: total }, (_, i) => directCheck(cps[i % cps.length].id, { doses: i % 3, lastDoseOn: i % 3 ? '2021-08-01' : undefined }));
    const acknowledged = new Map<string, number>(); // key → passage id
    const voided = new Set<number>();
    const attempted = new Set<number>(); // a void may commit and still lose its answer, as a check may
    const errors = new Map<string, number>();
    const failed = (error: unknown) => { const code = databaseUnavailableCode(error) ?? String((error as { code?: string })?.code ?? (error as Error)?.message).slice(0, 60); errors.set(code, (errors.get(code) ?? 0) + 1); };
    let requests = 0, lostAnswers = 0;

    const sender = async () => {
      while (queue.length) {
        const batch = queue.splice(0, batchSize);
        requests++;
        try {
          const outcomes = await ingestChecks(batch, as(officer));
          if (Math.random() < 0.1) { lostAnswers++; queue.push(...batch); continue; } // the answer never arrives: resend
          for (const o of outcomes) {
            if (o.status === 'refused') throw new Error(`refused: ${o.reason}`);
            acknowledged.set(o.idempotencyKey!, o.passage.id);
          }
        } catch (error) {
          failed(error);
          queue.push(...batch); // kept, as the console keeps its queue
          await sleep(200);
        }
      }
    };
    const voider = async () => {
      while (voided.size < voidTarget && (queue.length || acknowledged.size > voided.size)) {
        const ids = [...acknowledged.values()].filter((id) => !voided.has(id));
        if (!ids.length) { await sleep(20); continue; }
        const id = ids[Math.floor(Math.random() * ids.length)];
        attempted.add(id);
        try {
          await voidPassage(officer, id);
          voided.add(id);
        } catch (error) {
          failed(error);
          await sleep(200);
        }
      }
    };
    const faults = async () => {
      for (let i = 1; i <= terminations; i++) {
        while (acknowledged.size < (total * i) / (terminations + 1) && queue.length) await sleep(10);
        const rows = await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
        console.log(`  cắt ${rows.length} kết nối khi đã ghi nhận ${acknowledged.size} lượt`);
        if (i === Math.ceil(terminations / 2) && restart) {
          console.log(`  chạy: ${restart}`);
          execSync(restart, { stdio: 'inherit' });
        }
      }
    };
    const started = Date.now();
    await Promise.all([...Array.from({ length: concurrency }, sender), voider(), voider(), faults()]);
    const seconds = (Date.now() - started) / 1000;

    const [counts] = rowsOf<{ n: number; distinct: number; voided: number }>(await getDb().execute(sql`
      select count(*)::int as n, count(distinct idempotency_key)::int as distinct, count(voided_at)::int as voided from passages`));
    const voidedIds = rowsOf<{ id: string | number }>(await getDb().execute(sql`select id from passages where voided_at is not null`)).map((r) => Number(r.id));
    const voidsHold = [...voided].every((id) => voidedIds.includes(id)) && voidedIds.every((id) => attempted.has(id));
    const mismatches = await aggregateMismatches(getDb());
    const ok = counts.n === total && counts.distinct === total && acknowledged.size === total && voidsHold && mismatches.length === 0;
    console.log(`Xong trong ${seconds.toFixed(1)} s: ${requests} gói gửi, ${lostAnswers} câu trả lời bị bỏ (gửi lại), lỗi: ${JSON.stringify(Object.fromEntries(errors))}`);
    console.log(`Lượt đã xác nhận ${acknowledged.size}/${total}; trong CSDL ${counts.n} lượt, ${counts.distinct} mã khác nhau; huỷ đã xác nhận ${voided.size}, trong CSDL ${counts.voided} (mọi huỷ đã xác nhận có mặt, không huỷ nào ngoài các lần đã gửi: ${voidsHold ? 'đúng' : 'SAI'}); số liệu tổng hợp lệch: ${mismatches.length}`);
    console.log(ok ? 'KẾT QUẢ: ĐẠT — mỗi lượt đúng một lần, số liệu tổng hợp khớp.' : 'KẾT QUẢ: KHÔNG ĐẠT');
    if (!ok) process.exitCode = 1;
  } finally {
    await closeDatabase();
    if (!process.argv.includes('--keep')) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
