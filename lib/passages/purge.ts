import 'server-only';
import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { passages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { readRetentionDays } from '@/lib/settings/retention';
import { rowsOf } from './aggregate-check';

const PURGE_LOCK = 43_2021;
// Sized for PGlite on a busy machine: a 5,000-row chunk held other requests up to 1.2 s with the
// CPU shared; 2,000 keeps every wait under one second (lib/passages/purge-chunks.test.ts).
export const PURGE_CHUNK = 2_000;

export interface PurgeReport {
  /** False when another process was purging at the same moment (it does the work). */
  ran: boolean;
  purged: number;
  retentionDays: number;
  cutoff: Date;
}

export interface PurgeOptions {
  /** Rows per transaction (tests use small chunks). */
  chunk?: number;
  /** Called after each committed chunk with its row count. */
  onChunk?: (rows: number) => void;
}

/**
 * Clears every personal field and hash (name, birth year, phone, phone and ID hashes, the body
 * hash that covers them, the device id) of passages checked before the retention period, and
 * marks them purged. The rows stay, so every count and aggregate is unchanged.
 *
 * In chunks of 2,000 rows, each its own short transaction, yielding to other work between them:
 * PGlite runs one transaction at a time, so one big purge made every request wait for the whole
 * backlog (6.8 s at 200k due rows). Each chunk takes a transaction-level advisory lock, so
 * concurrent runs (the schedule in each server process, the command) never purge one row twice:
 * a run that cannot take it first skips, one that loses it midway leaves the rest to the holder.
 */
export async function purgePersonalData(now = new Date(), options: PurgeOptions = {}): Promise<PurgeReport> {
  const size = options.chunk ?? PURGE_CHUNK;
  const db = getDb();
  const retentionDays = await readRetentionDays(db);
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let purged = 0;
  for (let first = true; ; first = false) {
    const rows = await db.transaction(async (tx) => {
      const [{ locked }] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${PURGE_LOCK}) as locked`));
      if (!locked) return null;
      const due = tx
        .select({ id: passages.id })
        .from(passages)
        .where(and(isNull(passages.personalPurgedAt), lt(passages.checkedAt, cutoff)))
        .limit(size);
      const done = await tx
        .update(passages)
        .set({ citizenName: null, birthYear: null, phone: null, phoneHash: null, idNumberHash: null, bodyHash: null, deviceId: null, personalPurgedAt: now })
        .where(and(inArray(passages.id, due), isNull(passages.personalPurgedAt)))
        .returning({ id: passages.id });
      return done.length;
    });
    if (rows === null) {
      if (first) return { ran: false, purged: 0, retentionDays, cutoff };
      break;
    }
    purged += rows;
    options.onChunk?.(rows);
    if (rows < size) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (purged > 0) {
    await recordAudit(db, null, { action: 'passage.purge', entityType: 'passage', after: { purged, retentionDays, cutoff } });
  }
  return { ran: true, purged, retentionDays, cutoff };
}
