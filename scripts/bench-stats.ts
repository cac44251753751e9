// `npm run bench:stats -- --passages N [--runs 30] [--raw-runs 10]`: the dashboard's 30-day
// overview on PostgreSQL (DATABASE_URL) at N passages. Simulates first when the database holds
// fewer. Times, warm, every overview query (run together, as the dashboard streams them) from
// the aggregate tables, province-wide and for one district, then the same query texts over raw
// passages; checks both give the same answers. Ends with one line of JSON.
import assert from 'node:assert/strict';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/bootstrap';

// Simulated loads run statements longer than a request's statement timeout (db/config.ts).
process.env.DATABASE_STATEMENT_TIMEOUT_S ??= '0';
import { closeDatabase, getDb } from '../db/index';
import type { Actor } from '../lib/auth/roles';
import { parseStatsFilter } from '../lib/stats/filter';
import { getBreakdowns, getCheckpointRanking, getDailySeries, getDistrictTotals, getHeatmap, getKpis, getOverview, getReadinessByDistrict } from '../lib/stats/overview';
import { getOverviewFromRaw } from '../lib/stats/raw/overview';
import { getCheckpointDrill, getCheckpointStats, getCommuneDrill, getDistrictDrill, NO_COMMUNE } from '../lib/stats/drill';
import { getAlerts } from '../lib/stats/alerts';
import { getStatsVersion } from '../lib/stats/live';
import { simulatePassages } from '../lib/stats/simulate/run';
import { analyzeStatistics } from '../lib/stats/simulate/analyze';
import { rowsOf } from '../lib/passages/aggregate-check';
import { percentile } from './bench/load';
import { argValue } from './simulate';
import { failScript } from '../db/script-failure';

const DISTRICT = '522'; // Thành phố Quảng Ngãi: the busiest district.
const actor = (role: Actor['role'], districtCode: string | null = null): Actor => ({ id: '00000000-0000-4000-8000-000000000000', username: 'bench', fullName: 'Đo hiệu năng', role, districtCode, checkpointIds: [] });

async function time<T>(runs: number, warm: number, call: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last!: T;
  for (let i = 0; i < warm; i++) last = await call();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await call();
    ms.push(performance.now() - t);
  }
  return { ms, last };
}

const fmt = (ms: number[]) => `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;
const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Cần DATABASE_URL trỏ tới PostgreSQL (ví dụ postgres://root@127.0.0.1:5432/statsbench).');
  const wanted = argValue('passages', 10_000_000)!;
  const runs = argValue('runs', 30)!;
  const rawRuns = argValue('raw-runs', 10)!;
  await openDatabase();
  const db = getDb();
  const count = async () => Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from passages`))[0].n);
  let rows = await count();
  if (rows < wanted) {
    console.log(`CSDL có ${rows.toLocaleString('vi-VN')} lượt; mô phỏng thêm ${(wanted - rows).toLocaleString('vi-VN')} lượt…`);
    const sim = await simulatePassages(db, { passages: wanted - rows, concurrency: 2, log: (l) => console.log(l) });
    console.log(`Mô phỏng xong trong ${(sim.ms / 1000).toFixed(1)} s.`);
    rows = await count();
  }
  await analyzeStatistics(db);
  const admin = actor('admin');
  const district = actor('district', DISTRICT);
  const province = parseStatsFilter(admin, {});
  const oneDistrict = parseStatsFilter(district, {});
  console.log(`${rows.toLocaleString('vi-VN')} lượt; khoảng ${province.from} → ${province.to}; tải máy: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} nhân).`);

  const agg = await time(runs, 3, () => getOverview(admin, province));
  console.log(`Tổng quan toàn tỉnh (bảng tổng hợp, ${runs} lần): ${fmt(agg.ms)}`);
  const dist = await time(runs, 3, () => getOverview(district, oneDistrict));
  console.log(`Tổng quan huyện ${DISTRICT} (bảng tổng hợp, ${runs} lần): ${fmt(dist.ms)}`);
  const sections = { getKpis, getDailySeries, getBreakdowns, getDistrictTotals, getHeatmap, getCheckpointRanking } as const;
  for (const [name, fn] of Object.entries(sections)) {
    console.log(`  ${name.padEnd(22)} ${fmt((await time(runs, 1, () => (fn as (a: Actor, f: typeof province) => Promise<unknown>)(admin, province))).ms)}`);
  }
  console.log(`  ${'getReadinessByDistrict'.padEnd(22)} ${fmt((await time(runs, 1, () => getReadinessByDistrict(admin))).ms)}`);

  // Drill-down, alerts and the live poll's fingerprint, each on its own (they are separate pages or requests).
  const [sample] = rowsOf<{ id: string; commune: string | null }>(await db.execute(sql`
    select id::text as id, commune_code as commune from checkpoints where district_code = ${DISTRICT} and status = 'active' order by number limit 1`));
  const order = { sort: 'name', dir: 'asc' } as const;
  const others: [string, () => Promise<unknown>][] = [
    ['getDistrictDrill', () => getDistrictDrill(admin, province, order)],
    [`getCommuneDrill ${DISTRICT}`, () => getCommuneDrill(admin, DISTRICT, province, order)],
    ['getCheckpointDrill', () => getCheckpointDrill(admin, DISTRICT, sample?.commune ?? NO_COMMUNE, province, order)],
    ['getCheckpointStats', () => (sample ? getCheckpointStats(admin, sample.id) : Promise.resolve(null))],
    ['getAlerts (toàn tỉnh)', () => getAlerts(admin)],
    [`getAlerts ${DISTRICT}`, () => getAlerts(district)],
    ['getStatsVersion', () => getStatsVersion(admin, null)],
  ];
  const othersP95: Record<string, number> = {};
  for (const [name, fn] of others) {
    const t = await time(runs, 1, fn);
    othersP95[name] = round(percentile(t.ms, 95));
    console.log(`  ${name.padEnd(22)} ${fmt(t.ms)}`);
  }

  const raw = await time(rawRuns, 1, () => getOverviewFromRaw(db, admin, province));
  console.log(`Tổng quan toàn tỉnh từ lượt thô (${rawRuns} lần): ${fmt(raw.ms)}`);
  const rawDistrict = await time(Math.min(3, rawRuns), 1, () => getOverviewFromRaw(db, district, oneDistrict));
  console.log(`Tổng quan huyện ${DISTRICT} từ lượt thô (${Math.min(3, rawRuns)} lần): ${fmt(rawDistrict.ms)}`);
  assert.deepEqual(agg.last, raw.last, 'Số liệu toàn tỉnh từ bảng tổng hợp khác số tính từ lượt thô');
  assert.deepEqual(dist.last, rawDistrict.last, 'Số liệu huyện từ bảng tổng hợp khác số tính từ lượt thô');
  console.log(`Kết quả khớp: bảng tổng hợp = lượt thô (toàn tỉnh: ${agg.last.kpis.range.current.total.toLocaleString('vi-VN')} lượt trong 30 ngày; huyện ${DISTRICT}: ${dist.last.kpis.range.current.total.toLocaleString('vi-VN')}).`);
  await closeDatabase();

  const provinceP95 = percentile(agg.ms, 95);
  const rawP95 = percentile(raw.ms, 95);
  console.log(JSON.stringify({ rows, province_p95_ms: round(provinceP95), district_p95_ms: round(percentile(dist.ms, 95)), raw_province_p95_ms: round(rawP95), ratio: round(rawP95 / provinceP95), others_p95_ms: othersP95 }));
}

main().catch(failScript('bench:stats'));
