// `npm run db:simulate -- --passages N [--days 365] [--seed 2021] [--concurrency 2]`: adds N
// realistic passages (and their aggregates, through the ingest statement's own SQL) to the
// database of DATABASE_URL, else the embedded .data/pglite (stop the server first).
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
  const handle = await openDatabase();
  const days = argValue('days', 365)!;
  const concurrency = argValue('concurrency', handle.kind === 'postgres' ? 2 : 1)!;
  console.log(`Mô phỏng ${passages.toLocaleString('vi-VN')} lượt kiểm tra trong ${days} ngày đến hôm nay (${handle.kind}, ${concurrency} luồng)…`);
  const result = await simulatePassages(getDb(), { passages, days, seed: argValue('seed', 2021), concurrency, log: (line) => console.log(line) });
  await analyzeStatistics(getDb());
  await closeDatabase();
  if (result.checkpointsCreated) console.log(`Đã tạo ${result.checkpointsCreated} chốt mô phỏng (CSDL có ít chốt đang hoạt động).`);
  console.log(`Xong: ${result.inserted.toLocaleString('vi-VN')} lượt ở ${result.checkpointsUsed} chốt, huỷ ${result.voided} lượt, ${(result.ms / 1000).toFixed(1)} s.`);
}

if (process.argv[1]?.endsWith('simulate.ts')) {
  main().catch((error) => {
    logError('db:simulate', error);
    process.exit(1);
  });
}
