import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';

/** The checkpoints an officer is assigned to (the console's choice). */
export async function listMyCheckpoints(actor: Actor | null) {
  assertCan(actor, 'console.use');
  if (!actor.checkpointIds.length) return [];
  return getDb()
    .select({ id: checkpoints.id, name: checkpoints.name, kind: checkpoints.kind, districtCode: checkpoints.districtCode, status: checkpoints.status })
    .from(checkpoints)
    .where(inArray(checkpoints.id, actor.checkpointIds))
    .orderBy(asc(checkpoints.name));
}
