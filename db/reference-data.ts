import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from './index';
import { districts, communes } from './schema';
import quangNgai from './data/quang-ngai-2021.json';
import { foldVietnamese } from '@/lib/text/fold';
import { seedFirstRule } from './first-rule';

/** Upserts the 13 districts and 173 communes and version 1 of the rule; safe to run on every start. */
export async function seedReferenceData(db: Executor): Promise<void> {
  const districtRows = quangNgai.districts.map((d) => ({
    code: d.code, name: d.name, type: d.type, searchName: foldVietnamese(d.name),
  }));
  const communeRows = quangNgai.districts.flatMap((d) =>
    d.communes.map((c) => ({
      code: c.code, districtCode: d.code, name: c.name, type: c.type, searchName: foldVietnamese(c.name),
    })),
  );
  await db
    .insert(districts)
    .values(districtRows)
    .onConflictDoUpdate({
      target: districts.code,
      set: { name: sql`excluded.name`, type: sql`excluded.type`, searchName: sql`excluded.search_name` },
    });
  await db
    .insert(communes)
    .values(communeRows)
    .onConflictDoUpdate({
      target: communes.code,
      set: {
        districtCode: sql`excluded.district_code`, name: sql`excluded.name`,
        type: sql`excluded.type`, searchName: sql`excluded.search_name`,
      },
    });
  await seedFirstRule(db);
}
