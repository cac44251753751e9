import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { issueNextPosterVersion } from '@/lib/posters/rotate';
import { posterTokenFor } from '@/lib/posters/url';
import { resolvePosterToken } from '@/lib/posters/resolve';
import type { CheckInput } from './check-schema';
import type { IngestContext } from './ingest';

/** An idempotency key as a device makes one. */
export const newKey = () => crypto.randomBytes(16).toString('base64url');

/** Issues the checkpoint's next poster version and returns its token. */
export async function makePosterToken(checkpointId: string): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [cp] = await tx.select().from(checkpoints).where(eq(checkpoints.id, checkpointId));
    const { version } = await issueNextPosterVersion(tx, null, cp);
    return posterTokenFor(cp.number, version);
  });
}

export function directCheck(checkpointId: string, over: Partial<CheckInput> = {}): CheckInput {
  return {
    idempotencyKey: newKey(), method: 'direct', checkpointId, source: 'pc_covid',
    doses: 2, lastDoseOn: '2021-08-01', checkedAt: new Date().toISOString(), ...over,
  };
}

export function citizenCheck(posterToken: string, over: Partial<CheckInput> = {}): CheckInput {
  return {
    idempotencyKey: newKey(), method: 'citizen_scan', posterToken, source: 'bluezone', doses: 2, lastDoseOn: '2021-08-01',
    checkedAt: new Date().toISOString(), deviceId: 'device-0001', citizen: { name: 'Nguyễn Văn A', birthYear: 1980, phone: '0905 123 456' },
    ...over,
  };
}

/** An ingest context for a signed-in actor (or nobody), resolving posters without the cache. */
export const as = (actor: Actor | null, receivedAt?: Date): IngestContext => ({ actor: async () => actor, resolvePoster: resolvePosterToken, receivedAt });
