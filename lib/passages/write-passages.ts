import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db, Executor } from '@/db';
import { passages } from '@/db/schema';
import {
  applyAggregateDeltas, type AggregateDelta, type PassageEvidence, type PassageMethod, type PassageResult, type PassageSource,
} from './aggregates';
import { refusal, type PassageSummary, type Refusal } from './outcome';
import type { PassageRow } from './prepare-check';

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

export function toSummary(row: Pick<StoredPassage, 'id' | 'result' | 'ruleVersion' | 'checkpointId' | 'checkedAt' | 'receivedAt' | 'evidence' | 'method' | 'source'>): PassageSummary {
  return {
    id: row.id, result: row.result, ruleVersion: row.ruleVersion, checkpointId: row.checkpointId,
    checkedAt: row.checkedAt.toISOString(), receivedAt: row.receivedAt.toISOString(),
    evidence: row.evidence, method: row.method, source: row.source,
  };
}

export const deltaOf = (row: Pick<StoredPassage, 'localDay' | 'localHour' | 'checkpointId' | 'districtCode' | 'method' | 'source' | 'evidence' | 'result'>, count: number): AggregateDelta => ({
  day: row.localDay, hour: row.localHour, checkpointId: row.checkpointId, districtCode: row.districtCode,
  method: row.method, source: row.source, evidence: row.evidence, result: row.result, count,
});

/**
 * Inserts new passages (a key already present is skipped) with their aggregate deltas in the same
 * transaction. A batch goes in as one transaction with rows in key order, so concurrent retries of
 * the same batch wait on each other instead of deadlocking; if it fails as a whole, each row is
 * tried alone, so a checkpoint deleted meanwhile refuses only its own rows.
 */
export async function writePassages(db: Db, rows: PassageRow[]): Promise<Map<string, PassageSummary | Refusal>> {
  const sorted = [...rows].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
  const out = new Map<string, PassageSummary | Refusal>();
  if (!sorted.length) return out;
  try {
    for (const row of await db.transaction((tx) => insertCounted(tx, sorted))) out.set(row.idempotencyKey, toSummary(row));
    return out;
  } catch (error) {
    if (sorted.length === 1 && !isForeignKeyViolation(error)) throw error;
  }
  for (const row of sorted) {
    try {
      const [stored] = await db.transaction((tx) => insertCounted(tx, [row]));
      if (stored) out.set(stored.idempotencyKey, toSummary(stored));
    } catch (error) {
      // Anything but a vanished checkpoint is the server's problem: fail the request so the
      // device keeps the item and retries it (idempotency makes that safe).
      if (!isForeignKeyViolation(error)) throw error;
      out.set(row.idempotencyKey, refusal(row.idempotencyKey, 'checkpoint_unknown'));
    }
  }
  return out;
}

async function insertCounted(tx: Executor, rows: PassageRow[]): Promise<StoredPassage[]> {
  const inserted = await tx.insert(passages).values(rows).onConflictDoNothing({ target: passages.idempotencyKey }).returning(storedColumns);
  await applyAggregateDeltas(tx, inserted.map((row) => deltaOf(row, 1)));
  return inserted;
}

/** Stored passages by idempotency key, with the body hash a retry must match. */
export async function findPassagesByKeys(db: Executor, keys: string[]): Promise<Map<string, { summary: PassageSummary; bodyHash: string | null }>> {
  const found = new Map<string, { summary: PassageSummary; bodyHash: string | null }>();
  if (!keys.length) return found;
  const rows = await db.select(storedColumns).from(passages).where(inArray(passages.idempotencyKey, keys));
  for (const row of rows) found.set(row.idempotencyKey, { summary: toSummary(row), bodyHash: row.bodyHash });
  return found;
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23503') return true;
  }
  return false;
}
