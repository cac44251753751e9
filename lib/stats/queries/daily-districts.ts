import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import { rows } from './run';

export interface DistrictDay {
  day: string;
  districtCode: string;
  total: number;
  valid: number;
}

/** Passages and valid passages per day and district; only the (day, district) pairs that have any. */
export async function queryDailyByDistrict(db: Executor, f: ScopedFilter, pick: Picker): Promise<DistrictDay[]> {
  const src = pick(f, { measures: ['total', 'valid'] });
  const found = await rows<{ day: string; district_code: string; total: number; valid: number }>(db, sql`
    select day::text as day, district_code, ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid
    from ${src.from} where ${whereOf(src, f)} group by day, district_code order by day, district_code`);
  return found.map((r) => ({ day: r.day, districtCode: r.district_code, total: Number(r.total), valid: Number(r.valid) }));
}
