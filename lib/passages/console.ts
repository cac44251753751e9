import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints, passageDailyStats, passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCanSee } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { localDay } from '@/lib/text/format';
import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from './aggregates';

/** How long after a check an officer may still void it (product: "within 15 minutes"). */
export const VOID_WINDOW_MS = 15 * 60 * 1000;
const RECENT_LIMIT = 20;

export interface ConsoleRecentCheck {
  id: number;
  checkedAt: string;
  method: PassageMethod;
  source: PassageSource;
  evidence: PassageEvidence;
  result: PassageResult;
  voided: boolean;
  /** Until when the officer may void it (ISO), or null when that time has passed or it is voided. */
  voidableUntil: string | null;
}

export interface ConsoleSummary {
  checkpointId: string;
  day: string;
  /** Checks counted today (local day), voided ones excluded: read from the daily aggregates. */
  count: number;
  byResult: Partial<Record<PassageResult, number>>;
  recent: ConsoleRecentCheck[];
  at: string;
}

/**
 * Today's count and the last checks at one of the officer's own checkpoints, for the console.
 * No personal fields leave the server here: the officer sees what was checked, not who.
 */
export async function getConsoleSummary(actor: Actor | null, checkpointId: string, now = new Date()): Promise<ConsoleSummary> {
  if (!isUuid(checkpointId)) throw new NotFoundError();
  assertCanSee(actor, 'console.use', { checkpointId });
  const db = getDb();
  const [checkpoint] = await db.select({ id: checkpoints.id }).from(checkpoints).where(eq(checkpoints.id, checkpointId));
  if (!checkpoint) throw new NotFoundError();
  const day = localDay(now);
  const counts = await db
    .select({ result: passageDailyStats.result, count: sql<number>`sum(${passageDailyStats.count})::int` })
    .from(passageDailyStats)
    .where(and(eq(passageDailyStats.checkpointId, checkpointId), eq(passageDailyStats.day, day)))
    .groupBy(passageDailyStats.result);
  const byResult = Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.result, Number(c.count)]));
  const rows = await db
    .select({
      id: passages.id, checkedAt: passages.checkedAt, method: passages.method, source: passages.source,
      evidence: passages.evidence, result: passages.result, voidedAt: passages.voidedAt,
    })
    .from(passages)
    .where(and(eq(passages.checkpointId, checkpointId), eq(passages.localDay, day)))
    .orderBy(desc(passages.checkedAt), desc(passages.id))
    .limit(RECENT_LIMIT);
  return {
    checkpointId,
    day,
    count: Object.values(byResult).reduce((a, b) => a + b, 0),
    byResult,
    recent: rows.map((r) => {
      const until = r.checkedAt.getTime() + VOID_WINDOW_MS;
      return {
        id: r.id, checkedAt: r.checkedAt.toISOString(), method: r.method, source: r.source, evidence: r.evidence, result: r.result,
        voided: r.voidedAt !== null,
        voidableUntil: r.voidedAt === null && until > now.getTime() ? new Date(until).toISOString() : null,
      };
    }),
    at: now.toISOString(),
  };
}
