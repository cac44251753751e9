import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan, assertCanSee } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { applyAggregateDeltas } from './aggregates';
import { deltaOf, storedColumns, toSummary } from './write-passages';

/**
 * How long after a check reached the server an officer may void it. Counted from `received_at`
 * (the server's clock), not the device's `checked_at`: a phone whose clock is wrong could
 * otherwise never void a mistake (clock behind) or void for longer (clock ahead), and a check that
 * waited offline is voidable in the minutes after it appears in the console's list, when the
 * officer sees it.
 */
export const VOID_WINDOW_MS = 15 * 60_000;

/**
 * Voids a mistaken check at one of the officer's checkpoints: it leaves every count (the −1 delta
 * in the same transaction) but stays on record. Voiding twice answers the same as once, so a
 * queued void can be retried.
 */
export async function voidPassage(actor: Actor | null, id: number, now = new Date()) {
  assertCan(actor, 'passages.void');
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ ...storedColumns, voidedAt: passages.voidedAt })
      .from(passages)
      .where(eq(passages.id, id))
      .limit(1)
      .for('update');
    if (!row) throw new NotFoundError('Không tìm thấy lượt kiểm tra.');
    assertCanSee(actor, 'passages.void', { checkpointId: row.checkpointId });
    if (row.voidedAt) return { status: 'already_voided' as const, passage: { ...toSummary(row, row.id), voidedAt: row.voidedAt.toISOString() } };
    if (now.getTime() - row.receivedAt.getTime() > VOID_WINDOW_MS) {
      throw new UserInputError('Đã quá 15 phút kể từ khi lượt kiểm tra được ghi nhận nên không thể huỷ.');
    }
    await tx.update(passages).set({ voidedAt: now, voidedBy: actor.id }).where(eq(passages.id, id));
    await applyAggregateDeltas(tx, [deltaOf(row, -1)]);
    const summary = toSummary(row, row.id);
    await recordAudit(tx, actor, {
      action: 'passage.void', entityType: 'passage', entityId: id, districtCode: row.districtCode,
      before: { ...summary, voidedAt: null }, after: { ...summary, voidedAt: now },
    });
    return { status: 'voided' as const, passage: { ...summary, voidedAt: now.toISOString() } };
  });
}
