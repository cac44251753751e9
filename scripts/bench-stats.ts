// `npm run bench:stats -- --passages N [--compare M] [--compare-url URL] [--runs 30] [--raw-runs 10]`:
// the statistics dashboard on PostgreSQL (DATABASE_URL) at N passages. Simulates first when the
// database holds fewer. Times, warm, the whole 30-day province dashboard (every query the page
// /quan-tri runs, alerts included, together as the page streams them: `province_p95_ms`), the
// same for one district, then every query on its own (sections, drill-down pages, alerts, the
// live poll), then the overview over raw passages, checking both give the same answers.
// With --compare M a second database of M passages (--compare-url, else the same server's
// database named `<name>_<M>`, created and simulated when missing) is timed in alternation with
// the first, run for run, so a load change on a shared machine hits both sizes alike; `growth`
// is p95 at N / p95 at M. Ends with one line of JSON.
import assert from 'node:assert/strict';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, forgetDatabase } from '../db/bootstrap';

// Simulated loads run statements longer than a request's statement timeout (db/config.ts).
process.env.DATABASE_STATEMENT_TIMEOUT_S ??= '0';
import { closeDatabase, getDb, type DatabaseHandle } from '../db/index';
import type { Actor } from '../lib/auth/roles';
import { listCheckpoints } from '../lib/checkpoints/queries';
import { parseStatsFilter } from '../lib/stats/filter';
import { getBreakdowns, getCheckpointRanking, getDailySeries, getDistrictTotals, getHeatmap, getKpis, getOverview, getReadinessByDistrict } from '../lib/stats/overview';
import { getOverviewFromRaw } from '../lib/stats/raw/overview';
import { getCheckpointDrill, getCheckpointStats, getCommuneDrill, getDistrictDrill, NO_COMMUNE } from '../lib/stats/drill';
import { getAlerts } from '../lib/stats/alerts';
import { getStatsVersion } from '../lib/stats/live';
import type { StatsFilter } from '../lib/stats/types';
import { simulatePassages } from '../lib/stats/simulate/run';
import { analyzeStatistics } from '../lib/stats/simulate/analyze';
import { rowsOf } from '../lib/passages/aggregate-check';
import { percentile } from './bench/load';
import { argValue } from './simulate';
import { failScript } from '../db/script-failure';

const DISTRICT = '522'; // Thành phố Quảng Ngãi: the busiest district.
const actor = (role: Actor['role'], districtCode: string | null = null): Actor => ({ id: '00000000-0000-4000-8000-000000000000', username: 'bench', fullName: 'Đo hiệu năng', role, districtCode, checkpointIds: [] });
const admin = actor('admin');
const district = actor('district', DISTRICT);

// The statistics code reads the process's one database (getDb); the benchmark swaps which
// handle that is between runs, to time two databases from one process in alternation.
const store = globalThis as typeof globalThis & { __qnDatabase?: DatabaseHandle };

interface Target {
  label: string;
  handle: DatabaseHandle;
  rows: number;
  province: StatsFilter;
  oneDistrict: StatsFilter;
  sample: { id: string; commune: string | null } | undefined;
}

const argText = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};

/** Opens `url` as the process's database, simulating up to `wanted` passages. */
async function prepare(label: string, url: string, wanted: number): Promise<Target> {
  store.__qnDatabase = undefined;
  forgetDatabase();
  const handle = await openDatabase({ url });
  const db = getDb();
  const count = async () => Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from passages`))[0].n);
  let rows = await count();
  if (rows < wanted) {
    console.log(`${label}: CSDL có ${rows.toLocaleString('vi-VN')} lượt; mô phỏng thêm ${(wanted - rows).toLocaleString('vi-VN')} lượt…`);
    const sim = await simulatePassages(db, { passages: wanted - rows, log: (l) => console.log(l) });
    console.log(`Mô phỏng xong trong ${(sim.ms / 1000).toFixed(1)} s.`);
    rows = await count();
  }
  await analyzeStatistics(db);
  const [sample] = rowsOf<{ id: string; commune: string | null }>(await db.execute(sql`
    select id::text as id, commune_code as commune from checkpoints where district_code = ${DISTRICT} and status = 'active' order by number limit 1`));
  return { label, handle, rows, province: parseStatsFilter(admin, {}), oneDistrict: parseStatsFilter(district, {}), sample };
}

/** The same server, another database: `<name>_<size>`, created when missing. */
async function compareUrl(url: string, size: number): Promise<string> {
  const u = new URL(url);
  const name = `${u.pathname.slice(1)}_${size}`;
  const exists = rowsOf(await getDb().execute(sql`select 1 from pg_database where datname = ${name}`)).length > 0;
  if (!exists) await getDb().execute(sql.raw(`create database "${name.replace(/"/g, '""')}"`));
  u.pathname = `/${name}`;
  return u.toString();
}

/** What /quan-tri runs for one user and filter, all at once as its sections stream. */
const dashboard = (who: Actor, f: StatsFilter) => () => Promise.all([
  getStatsVersion(who, f.district), getAlerts(who), getKpis(who, f), getDistrictTotals(who, f), getDailySeries(who, f), getBreakdowns(who, f),
  getHeatmap(who, f), getReadinessByDistrict(who), getCheckpointRanking(who, f), listCheckpoints(who, { districtCode: f.district ?? undefined }),
]);

/** Every timed call, by name, for one database (its sample checkpoint and filters). */
function callsOf(t: Target): [string, () => Promise<unknown>][] {
  const order = { sort: 'name', dir: 'asc' } as const;
  const f = t.province;
  return [
    ['dashboard (toàn tỉnh)', dashboard(admin, f)],
    [`dashboard ${DISTRICT}`, dashboard(district, t.oneDistrict)],
    ['getOverview', () => getOverview(admin, f)],
    ['getKpis', () => getKpis(admin, f)],
    ['getDailySeries', () => getDailySeries(admin, f)],
    ['getBreakdowns', () => getBreakdowns(admin, f)],
    ['getDistrictTotals', () => getDistrictTotals(admin, f)],
    ['getHeatmap', () => getHeatmap(admin, f)],
    ['getCheckpointRanking', () => getCheckpointRanking(admin, f)],
    ['getReadinessByDistrict', () => getReadinessByDistrict(admin)],
    ['listCheckpoints', () => listCheckpoints(admin, {})],
    ['getAlerts (toàn tỉnh)', () => getAlerts(admin)],
    [`getAlerts ${DISTRICT}`, () => getAlerts(district)],
    ['getStatsVersion', () => getStatsVersion(admin, null)],
    ['getDistrictDrill', () => getDistrictDrill(admin, f, order)],
    [`getCommuneDrill ${DISTRICT}`, () => getCommuneDrill(admin, DISTRICT, f, order)],
    ['getCheckpointDrill', () => getCheckpointDrill(admin, DISTRICT, t.sample?.commune ?? NO_COMMUNE, f, order)],
    ['getCheckpointStats', () => (t.sample ? getCheckpointStats(admin, t.sample.id) : Promise.resolve(null))],
  ];
}

/** Times call i of each target in turn, `runs` times after `warm` untimed rounds. */
async function timeAlternating(targets: Target[], pick: (t: Target) => () => Promise<unknown>, runs: number, warm: number): Promise<number[][]> {
  const ms = targets.map(() => [] as number[]);
  for (let i = 0; i < warm + runs; i++) {
    for (const [k, t] of targets.entries()) {
      store.__qnDatabase = t.handle;
      const started = performance.now();
      await pick(t)();
      if (i >= warm) ms[k].push(performance.now() - started);
    }
  }
  return ms;
}

const p95 = (ms: number[]) => Math.round(percentile(ms, 95) * 10) / 10;
const fmt = (ms: number[]) => `p50 ${percentile(ms, 50).toFixed(1)}, p95 ${percentile(ms, 95).toFixed(1)}, max ${Math.max(...ms).toFixed(1)} ms`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Cần DATABASE_URL trỏ tới PostgreSQL (ví dụ postgres://root@127.0.0.1:5432/statsbench).');
  const wanted = argValue('passages', 10_000_000)!;
  const small = argValue('compare');
  const runs = argValue('runs', 30)!;
  const rawRuns = argValue('raw-runs', 10)!;

  const big = await prepare(`${wanted.toLocaleString('vi-VN')} lượt`, url, wanted);
  const targets = [big];
  if (small) targets.unshift(await prepare(`${small.toLocaleString('vi-VN')} lượt`, argText('compare-url') ?? await compareUrl(url, small), small));
  const loadBefore = load();
  for (const t of targets) console.log(`${t.label}: ${t.rows.toLocaleString('vi-VN')} lượt; khoảng ${t.province.from} → ${t.province.to}.`);
  console.log(`Tải máy: ${loadBefore} (${os.cpus().length} nhân); ${runs} lần mỗi truy vấn${small ? ', xen kẽ hai CSDL' : ''}.`);

  const p95s: Record<string, number> = {};
  const smallP95s: Record<string, number> = {};
  for (const [k, [name]] of callsOf(big).entries()) {
    const ms = await timeAlternating(targets, (t) => callsOf(t)[k][1], runs, 2);
    const mine = ms.at(-1)!;
    p95s[name] = p95(mine);
    if (small) smallP95s[name] = p95(ms[0]);
    const growth = small ? ` | ${fmt(ms[0])} ở ${small.toLocaleString('vi-VN')} → ×${(p95(mine) / p95(ms[0])).toFixed(2)}` : '';
    console.log(`  ${name.padEnd(24)} ${fmt(mine)}${growth}`);
  }
  const loadAfter = load();

  // The aggregates must give what the raw passages give, at each size.
  let rawP95 = 0;
  for (const t of targets) {
    store.__qnDatabase = t.handle;
    const times = t === big ? rawRuns : 1;
    const rawMs: number[] = [];
    let raw!: Awaited<ReturnType<typeof getOverviewFromRaw>>;
    for (let i = 0; i < Math.max(1, times); i++) {
      const started = performance.now();
      raw = await getOverviewFromRaw(getDb(), admin, t.province);
      rawMs.push(performance.now() - started);
    }
    if (t === big) rawP95 = p95(rawMs);
    const agg = await getOverview(admin, t.province);
    assert.deepEqual(agg, raw, `${t.label}: số liệu toàn tỉnh từ bảng tổng hợp khác số tính từ lượt thô`);
    assert.deepEqual(await getOverview(district, t.oneDistrict), await getOverviewFromRaw(getDb(), district, t.oneDistrict), `${t.label}: số liệu huyện từ bảng tổng hợp khác số tính từ lượt thô`);
    console.log(`${t.label}: bảng tổng hợp = lượt thô (toàn tỉnh ${agg.kpis.range.current.total.toLocaleString('vi-VN')} lượt trong 30 ngày); lượt thô: ${fmt(rawMs)}.`);
  }
  for (const t of targets) await t.handle.close();
  store.__qnDatabase = undefined;
  await closeDatabase();

  const province = p95s['dashboard (toàn tỉnh)'];
  const summary = {
    ...(small ? { rows_small: targets[0].rows, p95_small_ms: smallP95s['dashboard (toàn tỉnh)'] } : {}),
    rows: big.rows,
    province_p95_ms: province,
    ...(small ? { growth: Math.round((province / smallP95s['dashboard (toàn tỉnh)']) * 100) / 100 } : {}),
    district_p95_ms: p95s[`dashboard ${DISTRICT}`],
    overview_p95_ms: p95s.getOverview,
    raw_province_p95_ms: rawP95,
    ratio: Math.round((rawP95 / p95s.getOverview) * 10) / 10,
    load: { before: loadBefore, after: loadAfter },
    p95_ms: p95s,
    ...(small ? { p95_small_ms_by_query: smallP95s } : {}),
  };
  console.log(JSON.stringify(summary));
}

main().catch(failScript('bench:stats'));
