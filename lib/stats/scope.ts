import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { ForbiddenError } from '@/lib/auth/errors';
import type { StatsFilter } from './types';

/** A filter the actor may ask for, with the district the query must be limited to. */
export type ScopedFilter = StatsFilter;

const FOREIGN = 'Bạn chỉ xem được số liệu của huyện mình.';

/**
 * Every statistics function starts here: `stats.view` (officers and strangers are refused), and
 * a district user only ever gets their own district, whatever the filter says. The returned
 * filter's `district` is what goes into each query's WHERE.
 */
export async function authorizeStats(db: Executor, actor: Actor | null | undefined, filter: StatsFilter): Promise<ScopedFilter> {
  assertCan(actor, 'stats.view');
  const scope = districtScope(actor);
  if (!scope) return filter;
  if (filter.district && filter.district !== scope) throw new ForbiddenError(FOREIGN);
  if (filter.checkpointId) {
    const [cp] = await db.select({ districtCode: checkpoints.districtCode }).from(checkpoints).where(eq(checkpoints.id, filter.checkpointId));
    if (cp && cp.districtCode !== scope) throw new ForbiddenError(FOREIGN);
  }
  return { ...filter, district: scope };
}
