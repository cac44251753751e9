import 'server-only';
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';

/** How many active checkpoints a batch would print, and how many still lack a location QR. */
export async function summarizePosterBatch(actor: Actor | null, districtCode?: string) {
  assertCan(actor, 'posters.generate', districtCode ? { districtCode } : undefined);
  const where: SQL[] = [eq(checkpoints.status, 'active')];
  const scope = districtScope(actor);
  if (scope) where.push(eq(checkpoints.districtCode, scope));
  if (districtCode) where.push(eq(checkpoints.districtCode, districtCode));
  const [row] = await getDb()
    .select({ active: count(), withPoster: sql<number>`count(*) filter (where ${checkpoints.posterVersion} >= 1)`.mapWith(Number) })
    .from(checkpoints)
    .where(and(...where));
  return { active: row.active, withPoster: row.withPoster, missing: row.active - row.withPoster };
}
