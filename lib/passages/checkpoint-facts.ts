import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';

export interface CheckpointFacts {
  id: string;
  districtCode: string;
  status: 'active' | 'paused' | 'closed';
}

const TTL_MS = 30_000;
const store = globalThis as typeof globalThis & { __qnCheckpointFacts?: Map<string, { facts: CheckpointFacts; until: number }> };

/**
 * What ingest needs of a checkpoint (its district for scope and aggregates), cached briefly per
 * process because a console sends many checks for the same checkpoint.
 */
export async function checkpointFacts(id: string): Promise<CheckpointFacts | null> {
  const cache = (store.__qnCheckpointFacts ??= new Map());
  const hit = cache.get(id);
  if (hit && hit.until > Date.now()) return hit.facts;
  const [row] = await getDb()
    .select({ id: checkpoints.id, districtCode: checkpoints.districtCode, status: checkpoints.status })
    .from(checkpoints)
    .where(eq(checkpoints.id, id))
    .limit(1);
  if (!row) return null;
  if (cache.size > 5_000) cache.clear();
  cache.set(id, { facts: row, until: Date.now() + TTL_MS });
  return row;
}
