import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db, Executor } from '@/db';
import { passages } from '@/db/schema';
import type { AggregateDelta, PassageEvidence, PassageMethod, PassageResult, PassageSource } from './aggregates';
import { refusal, type PassageSummary, type Refusal } from './outcome';
import type { PassageRow } from './prepare-check';
import { retryOnConflict } from '@/db/retry';
import { insertPassagesCounted } from './insert-rows';

export const storedColumns = {
  id: passages.id, idempotencyKey: passages.idempotencyKey, bodyHash: passages.bodyHash, result: passages.result,
  ruleVersion: passages.ruleVersion, checkpointId: passages.checkpointId, districtCode: passages.districtCode,
  checkedAt: passages.checkedAt, receivedAt: passages.receivedAt, evidence: passages.evidence, method: passages.method,
  source: passages.source, localDay: passages.localDay, localHour: passages.localHour,
};

/** A stored passage as ingest, void and duplicates read it back (no personal fields). */
export interface StoredPassage {
  id: number; idempotencyKey: string; bodyHash: string | null; result: PassageResult; ruleVersion: number;
  checkpointId: string; districtCode: string; checkedAt: Date; receivedAt: Date; evidence: PassageEvidence;
  method: PassageMethod; source: PassageSource; localDay: string; localHour: number;
}

/** A passage's summary; `id` apart, so a just-written row needs no copy to carry it. */
export function toSummary(row: Pick<StoredPassage, 'result' | 'ruleVersion' | 'checkpointId' | 'checkedAt' | 'receivedAt' | 'evidence' | 'method' | 'source'>, id: number): PassageSummary {
  return {
    id, result: row.result, ruleVersion: row.ruleVersion, checkpointId: row.checkpointId,
    checkedAt: row.checkedAt.toISOString(), receivedAt: row.receivedAt.toISOString(),
    evidence: row.evidence, method: row.method, source: row.source,
  };
}

export const deltaOf = (row: Pick<StoredPassage, 'localDay' | 'localHour' | 'checkpointId' | 'districtCode' | 'method' | 'source' | 'evidence' | 'result'>, count: number): AggregateDelta => ({
  day: row.localDay, hour: row.localHour, checkpointId: row.checkpointId, districtCode: row.districtCode,
  method: row.method, source: row.source, evidence: row.evidence, result: row.result, count,
});

/**
 * Stores new passages (a key already present is skipped) with their aggregates, atomically. Rows
 * go in key order, so concurrent retries of the same batch wait on each other instead of
 * deadlocking; if a batch fails as a whole, each row is tried alone, so a checkpoint deleted
 * meanwhile refuses only its own rows. The insert is one autocommit statement, so it gets the same
 * deadlock/serialization retry as every transaction (db/retry.ts).
 */
export async function writePassages(db: Db, rows: PassageRow[]): Promise<Map<string, PassageSummary | Refusal>> {
  const sorted = [...rows].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
  const out = new Map<string, PassageSummary | Refusal>();
  if (!sorted.length) return out;
  const keep = (ids: Map<string, number>, batch: PassageRow[]) => {
    for (const row of batch) {
      const id = ids.get(row.idempotencyKey);
      if (id !== undefined) out.set(row.idempotencyKey, toSummary(row, id));
    }
  };
  try {
    keep(await retryOnConflict(() => insertPassagesCounted(db, sorted)), sorted);
    return out;
  } catch (error) {
    if (sorted.length === 1 && !isForeignKeyViolation(error)) throw error;
  }
  for (const row of sorted) {
    try {
      keep(await retryOnConflict(() => insertPassagesCounted(db, [row])), [row]);
    } catch (error) {
      // Anything but a vanished checkpoint is the server's problem: fail the request so the
      // device keeps the item and retries it (idempotency makes that safe).
      if (!isForeignKeyViolation(error)) throw error;
      out.set(row.idempotencyKey, refusal(row.idempotencyKey, 'checkpoint_unknown'));
    }
  }
  return out;
}

/** Stored passages by idempotency key, with the body hash a retry must match. */
export async function findPassagesByKeys(db: Executor, keys: string[]): Promise<Map<string, { summary: PassageSummary; bodyHash: string | null }>> {
  const found = new Map<string, { summary: PassageSummary; bodyHash: string | null }>();
  if (!keys.length) return found;
  const rows = await db.select(storedColumns).from(passages).where(inArray(passages.idempotencyKey, keys));
  for (const row of rows) found.set(row.idempotencyKey, { summary: toSummary(row, row.id), bodyHash: row.bodyHash });
  return found;
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23503') return true;
  }
  return false;
}
