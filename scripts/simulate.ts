// `npm run db:simulate -- --passages N [--days 365] [--seed 2021]`: adds N realistic passages
// (and their aggregates, counted once from them by the ingest statement's own upserts) to the
// database of DATABASE_URL, else the embedded .data/pglite (stop the server first). One
// transaction: the passages table is locked until it ends, and a failed run leaves nothing.
import { openDatabase } from '../db/bootstrap';

// Batches of generated passages and the final ANALYZE may run longer than a request's statement
// timeout (db/config.ts); an operator's explicit setting still wins.
process.env.DATABASE_STATEMENT_TIMEOUT_S ??= '0';
import { closeDatabase, getDb } from '../db/index';
import { simulatePassages } from '../lib/stats/simulate/run';
import { analyzeStatistics } from '../lib/stats/simulate/analyze';
import { logError } from '../lib/log/logger';

export function argValue(name: string, fallback?: number): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[_,.]/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} cần một số không âm (nhận được "${raw}").`);
  return n;
}

async function main() {
  const passages = argValue('passages');
  if (!passages) throw new Error('Cần --passages N, ví dụ: npm run db:simulate -- --passages 1000000');
  const started = Date.now();
  const handle = await openDatabase();
  const days = argValue('days', 365)!;
  console.log(`Mô phỏng ${passages.toLocaleString('vi-VN')} lượt kiểm tra trong ${days} ngày đến hôm nay (${handle.kind})…`);
  const result = await simulatePassages(getDb(), { passages, days, seed: argValue('seed', 2021), log: (line) => console.log(line) });
  const analyzing = Date.now();
  await analyzeStatistics(getDb());
  console.log(`  Đã cập nhật thống kê của bộ lập kế hoạch truy vấn (${((Date.now() - analyzing) / 1000).toFixed(1)} s).`);
  await closeDatabase();
  if (result.checkpointsCreated) console.log(`Đã tạo ${result.checkpointsCreated} chốt mô phỏng (CSDL có ít chốt đang hoạt động).`);
  console.log(`Xong: ${result.inserted.toLocaleString('vi-VN')} lượt ở ${result.checkpointsUsed} chốt, huỷ ${result.voided} lượt, ${(result.ms / 1000).toFixed(1)} s.`);
  const seconds = (Date.now() - started) / 1000;
  console.log(JSON.stringify({ passages: result.inserted, voided: result.voided, indexes_deferred: result.indexesDeferred, seconds: Number(seconds.toFixed(1)), rows_per_s: Math.round(result.inserted / seconds) }));
}

if (process.argv[1]?.endsWith('simulate.ts')) {
  main().catch((error) => {
    logError('db:simulate', error);
    process.exit(1);
  });
}
