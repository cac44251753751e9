import 'server-only';
import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { passages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { readRetentionDays } from '@/lib/settings/retention';
import { rowsOf } from './aggregate-check';

const PURGE_LOCK = 43_2021;
const CHUNK = 5_000;

export interface PurgeReport {
  /** False when another process was purging at the same moment (it does the work). */
  ran: boolean;
  purged: number;
  retentionDays: number;
  cutoff: Date;
}

/**
 * Clears every personal field and hash (name, birth year, phone, phone and ID hashes, the body
 * hash that covers them, the device id) of passages checked before the retention period, and
 * marks them purged. The rows stay, so every count and aggregate is unchanged. One transaction
 * under an advisory lock, so concurrent runs (the schedule in each server process, the command)
 * never fight: the one that does not get the lock skips.
 */
export async function purgePersonalData(now = new Date()): Promise<PurgeReport> {
  return getDb().transaction(async (tx) => {
    const retentionDays = await readRetentionDays(tx);
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    const [{ locked }] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${PURGE_LOCK}) as locked`));
    if (!locked) return { ran: false, purged: 0, retentionDays, cutoff };
    let purged = 0;
    for (;;) {
      const due = tx
        .select({ id: passages.id })
        .from(passages)
        .where(and(isNull(passages.personalPurgedAt), lt(passages.checkedAt, cutoff)))
        .limit(CHUNK);
      const rows = await tx
        .update(passages)
        .set({ citizenName: null, birthYear: null, phone: null, phoneHash: null, idNumberHash: null, bodyHash: null, deviceId: null, personalPurgedAt: now })
        .where(inArray(passages.id, due))
        .returning({ id: passages.id });
      purged += rows.length;
      if (rows.length < CHUNK) break;
    }
    if (purged > 0) {
      await recordAudit(tx, null, { action: 'passage.purge', entityType: 'passage', after: { purged, retentionDays, cutoff } });
    }
    return { ran: true, purged, retentionDays, cutoff };
  });
}
