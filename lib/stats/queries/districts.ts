import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { DISTRICTS } from '@/lib/geo/districts';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { DistrictRow } from '../types';
import { rows } from './run';

/** Totals for all 13 districts in reference order (the map draws every one; outside the filter they are zero). */
export async function queryDistrictTotals(db: Executor, f: ScopedFilter, pick: Picker): Promise<DistrictRow[]> {
  const src = pick(f, {});
  const found = await rows<{ district_code: string; total: number; valid: number; certified: number }>(db, sql`
    select district_code, ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid, ${measure(src, 'certified')} as certified
    from ${src.from} where ${whereOf(src, f)} group by district_code`);
  const byCode = new Map(found.map((r) => [r.district_code, r]));
  return DISTRICTS.map(({ code }) => {
    const r = byCode.get(code);
    return { districtCode: code, total: Number(r?.total ?? 0), valid: Number(r?.valid ?? 0), certified: Number(r?.certified ?? 0) };
  });
}
