import 'server-only';
import { getDb } from '@/db';
import { countPublicReadinessByDistrict } from '@/lib/checkpoints/queries';
import { DISTRICTS } from '@/lib/geo/districts';
import { addDays, daysOf, todayLocal } from './dates';
import { pickAggregate } from './sources';
import { queryDistrictTotals } from './queries/districts';
import { queryDailyByDistrict, type DistrictDay } from './queries/daily-districts';
import type { StatsFilter } from './types';

// The campaign's public figures (/so-lieu, /en/data and their CSV/JSON files): counts per
// district from the same aggregate tables and query functions as the dashboard, so both agree.
// Counts only: no checkpoint, officer or citizen is named, located or described.

export const OPEN_DATA_DAYS = 90;
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  attribution: 'Sở Thông tin và Truyền thông tỉnh Quảng Ngãi',
} as const;
/** How long one reading is served before the aggregates are read again. */
export const OPEN_DATA_TTL_MS = 5 * 60_000;

export interface OpenDistrict {
  districtCode: string;
  districtName: string;
  checkpoints: number;
  readyCheckpoints: number;
  checks: number;
  validChecks: number;
}

export interface OpenData {
  generatedAt: string;
  period: { from: string; to: string; days: number };
  districts: OpenDistrict[];
  province: Omit<OpenDistrict, 'districtCode' | 'districtName'>;
  /** Province-wide, one point per day of the period (zeros included). */
  daily: { day: string; checks: number; validChecks: number }[];
  /** Per district and day, only pairs with checks. */
  dailyByDistrict: { day: string; districtCode: string; checks: number; validChecks: number }[];
}

/** The last 90 local days, today included (today's numbers grow until midnight). */
export function openDataFilter(now = new Date()): StatsFilter {
  const to = todayLocal(now);
  return { from: addDays(to, -(OPEN_DATA_DAYS - 1)), to, district: null, checkpointId: null, method: null, source: null, evidence: null };
}

export async function getOpenData(now = new Date()): Promise<OpenData> {
  const db = getDb();
  const f = openDataFilter(now);
  const [readiness, totals, perDay] = await Promise.all([
    countPublicReadinessByDistrict(),
    queryDistrictTotals(db, f, pickAggregate),
    queryDailyByDistrict(db, f, pickAggregate),
  ]);
  const ready = new Map(readiness.map((r) => [r.districtCode, r]));
  const counted = new Map(totals.map((t) => [t.districtCode, t]));
  const districts = DISTRICTS.map(({ code, name }) => ({
    districtCode: code, districtName: name,
    checkpoints: Number(ready.get(code)?.total ?? 0), readyCheckpoints: Number(ready.get(code)?.ready ?? 0),
    checks: counted.get(code)?.total ?? 0, validChecks: counted.get(code)?.valid ?? 0,
  }));
  const sum = (key: 'checkpoints' | 'readyCheckpoints' | 'checks' | 'validChecks') => districts.reduce((n, d) => n + d[key], 0);
  return {
    generatedAt: now.toISOString(),
    period: { from: f.from, to: f.to, days: OPEN_DATA_DAYS },
    districts,
    province: { checkpoints: sum('checkpoints'), readyCheckpoints: sum('readyCheckpoints'), checks: sum('checks'), validChecks: sum('validChecks') },
    daily: provinceDaily(f, perDay),
    dailyByDistrict: perDay.map((r) => ({ day: r.day, districtCode: r.districtCode, checks: r.total, validChecks: r.valid })),
  };
}

function provinceDaily(f: StatsFilter, perDay: DistrictDay[]) {
  const days = new Map(daysOf(f.from, f.to).map((day) => [day, { day, checks: 0, validChecks: 0 }]));
  for (const r of perDay) {
    const point = days.get(r.day);
    if (point) { point.checks += r.total; point.validChecks += r.valid; }
  }
  return [...days.values()];
}

const holder = globalThis as unknown as { openDataCache?: { at: number; value: Promise<OpenData> } };

/**
 * One reading shared by the pages and the files for five minutes: the public page may be opened
 * by many at once (a press conference), and the aggregates need not be read for each of them.
 */
export function getCachedOpenData(): Promise<OpenData> {
  const cached = holder.openDataCache;
  if (cached && Date.now() - cached.at < OPEN_DATA_TTL_MS) return cached.value;
  const value = getOpenData();
  holder.openDataCache = { at: Date.now(), value };
  value.catch(() => { if (holder.openDataCache?.value === value) holder.openDataCache = undefined; });
  return value;
}
