import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { checkpoints } from '@/db/schema';
import { DISTRICTS } from '@/lib/geo/districts';
import { foldVietnamese } from '@/lib/text/fold';
import { DISTRICT_POPULATION } from './plan';

/** Below this many active checkpoints the simulator adds its own, so every district has some. */
export const MIN_CHECKPOINTS = 40;
export const SIMULATED_UNIT = 'Dữ liệu mô phỏng';

/** Adds simulated checkpoints (about one per 25,000 people, at least two per district) when the database has few. */
export async function ensureSimulationCheckpoints(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(checkpoints).where(eq(checkpoints.status, 'active'));
  if (Number(n) >= MIN_CHECKPOINTS) return 0;
  const rows = DISTRICTS.flatMap((d) =>
    Array.from({ length: Math.max(2, Math.round((DISTRICT_POPULATION[d.code] ?? 50) / 25)) }, (_, i) => {
      const name = `${i % 3 === 2 ? 'Tổ tuần tra' : 'Chốt kiểm soát'} mô phỏng số ${i + 1} – ${d.name}`;
      return {
        kind: i % 3 === 2 ? ('patrol' as const) : ('fixed' as const), name, districtCode: d.code, responsibleUnit: SIMULATED_UNIT,
        smartphoneCount: i % 4 === 3 ? 0 : 1 + (i % 2), hasMobileData: i % 5 !== 4, installedApps: i % 4 === 3 ? [] : ['pc_covid', 'bluezone'],
        posterVersion: 0, searchText: foldVietnamese(`${name} ${SIMULATED_UNIT}`),
      };
    }),
  );
  await db.insert(checkpoints).values(rows);
  return rows.length;
}
