import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints, passageDailyStats, passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan, assertCanSee } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { localDay } from '@/lib/text/format';
import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from './aggregates';
import { VOID_WINDOW_MS } from './void';

const RECENT_LIMIT = 20;

export interface RecentCheck {
  id: number;
  checkedAt: string;
  method: PassageMethod;
  source: PassageSource;
  evidence: PassageEvidence;
  result: PassageResult;
  voided: boolean;
  /** Officers only: until when they may void it (ISO), or null when that time has passed or it is voided. */
  voidableUntil: string | null;
}

export interface CheckpointToday {
  checkpointId: string;
  day: string;
  /** Checks counted today (local day), voided ones excluded: read from the daily aggregates. */
  count: number;
  byResult: Partial<Record<PassageResult, number>>;
  recent: RecentCheck[];
  at: string;
}

/**
 * Today's count and the last checks at one checkpoint: for an officer at an assigned checkpoint
 * (the console), and for staff who see passages in that checkpoint's district. No personal
 * fields leave the server here: it says what was checked, not who.
 */
export async function getCheckpointToday(actor: Actor | null, checkpointId: string, now = new Date()): Promise<CheckpointToday> {
  if (!isUuid(checkpointId)) throw new NotFoundError();
  const officer = actor?.role === 'officer';
  if (officer) assertCanSee(actor, 'console.use', { checkpointId });
  else assertCan(actor, 'passages.view');
  const db = getDb();
  // Officers are scoped by assignment (checked above); staff by district, here in the WHERE.
  const scope = officer ? null : districtScope(actor!);
  const [checkpoint] = await db
    .select({ id: checkpoints.id, districtCode: checkpoints.districtCode })
    .from(checkpoints)
    .where(and(eq(checkpoints.id, checkpointId), scope ? eq(checkpoints.districtCode, scope) : undefined));
  if (!checkpoint) throw new NotFoundError();
  if (!officer) assertCanSee(actor, 'passages.view', { districtCode: checkpoint.districtCode });
  const day = localDay(now);
  const counts = await db
    .select({ result: passageDailyStats.result, count: sql<number>`sum(${passageDailyStats.count})::int` })
    .from(passageDailyStats)
    .where(and(eq(passageDailyStats.checkpointId, checkpointId), eq(passageDailyStats.day, day)))
    .groupBy(passageDailyStats.result);
  const byResult = Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.result, Number(c.count)]));
  const rows = await db
    .select({
      id: passages.id, checkedAt: passages.checkedAt, receivedAt: passages.receivedAt, method: passages.method, source: passages.source,
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
      // The same window voidPassage enforces: from the server's receipt, not the phone's clock.
      const until = r.receivedAt.getTime() + VOID_WINDOW_MS;
      return {
        id: r.id, checkedAt: r.checkedAt.toISOString(), method: r.method, source: r.source, evidence: r.evidence, result: r.result,
        voided: r.voidedAt !== null,
        voidableUntil: officer && r.voidedAt === null && until > now.getTime() ? new Date(until).toISOString() : null,
      };
    }),
    at: now.toISOString(),
  };
}
