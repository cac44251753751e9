import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { issueNextPosterVersion } from './rotate';

/**
 * Issues version 1 for every active checkpoint (of one district, or all the actor may manage)
 * that has no location QR yet, so that a batch print covers them. Never rotates an existing one.
 */
export async function issueMissingPosters(actor: Actor | null, districtCode?: string) {
  assertCan(actor, 'posters.rotate', districtCode ? { districtCode } : undefined);
  return getDb().transaction(async (tx) => {
    const where: SQL[] = [eq(checkpoints.status, 'active'), eq(checkpoints.posterVersion, 0)];
    const scope = districtScope(actor);
    if (scope) where.push(eq(checkpoints.districtCode, scope));
    if (districtCode) where.push(eq(checkpoints.districtCode, districtCode));
    const missing = await tx.select().from(checkpoints).where(and(...where)).for('update');
    for (const checkpoint of missing) await issueNextPosterVersion(tx, actor, checkpoint);
    return { issued: missing.length };
  });
}
