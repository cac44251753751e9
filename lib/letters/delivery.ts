import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, isNull, isNotNull, lt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { letterReceipts, mailJobs } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { isUuid } from '@/lib/validation/ids';
import { mailEnabled } from '@/lib/mail/config';
import { wakeMailWorker } from '@/lib/mail/worker';
import { recipientEmailMap } from './emails';
import { readReminderPolicy } from './reminder-settings';
import { workingDaysBetween } from './working-days';

export const MAIL_OFF_MESSAGE = 'E-mail đang tắt (chưa đặt SMTP_URL): hãy gửi liên kết cho đơn vị theo cách khác.';

/** What "the same letter" means for "never twice": its file's content, else its last edit. */
export function letterVersion(letter: { fileSha256: string | null; updatedAt: Date }): string {
  return letter.fileSha256 ? `sha256-${letter.fileSha256}` : `edit-${letter.updatedAt.toISOString()}`;
}

type Kind = 'letter' | 'letter_resend' | 'letter_reminder';

/**
 * Queues one mail per receipt that has addresses, inside the caller's transaction (the send's
 * own): `dedupeKey` is unique, so a second `letter` job for one recipient and version cannot exist.
 * Returns how many were queued. While e-mail is off nothing is queued.
 */
export async function queueLetterMail(
  tx: Executor, actor: Actor | null, kind: Kind, receipts: { id: string; recipientKey: string }[], keyOf: (receiptId: string) => string,
): Promise<number> {
  if (!mailEnabled() || !receipts.length) return 0;
  const emails = await recipientEmailMap(tx, receipts.map((r) => r.recipientKey));
  const rows = receipts
    .filter((r) => emails.has(r.recipientKey))
    .map((r) => ({ kind, dedupeKey: keyOf(r.id), receiptId: r.id, toAddresses: emails.get(r.recipientKey)!, createdBy: actor?.id ?? null }));
  if (!rows.length) return 0;
  const inserted = await tx.insert(mailJobs).values(rows).onConflictDoNothing({ target: mailJobs.dedupeKey }).returning({ id: mailJobs.id });
  return inserted.length;
}

/** Called after the transaction that queued jobs commits. */
export const afterQueued = (count: number) => {
  if (count) wakeMailWorker();
};

/** The admin's "Gửi lại e-mail": a new job (its own key), same personal link. */
export async function resendLetterMail(actor: Actor | null, receiptId: string): Promise<{ recipientName: string }> {
  assertCan(actor, 'letters.manage');
  if (!mailEnabled()) throw new UserInputError(MAIL_OFF_MESSAGE);
  const result = await getDb().transaction(async (tx) => {
    const [receipt] = isUuid(receiptId) ? await tx.select().from(letterReceipts).where(eq(letterReceipts.id, receiptId)) : [];
    if (!receipt) throw new NotFoundError('Không tìm thấy đơn vị nhận.');
    if (!receipt.tokenSealed) throw new UserInputError('Văn bản này gửi trước khi có e-mail: hãy cấp lại liên kết, rồi gửi lại.');
    const queued = await queueLetterMail(tx, actor, 'letter_resend', [receipt], (id) => `resend:${id}:${crypto.randomUUID()}`);
    if (!queued) throw new UserInputError(`${receipt.recipientName} chưa có địa chỉ e-mail: thêm ở trang "Địa chỉ e-mail đơn vị nhận".`);
    await recordAudit(tx, actor, {
      action: 'letter.resend', entityType: 'letter_receipt', entityId: receipt.id, districtCode: receipt.districtCode,
      after: { recipient: receipt.recipientName, materialId: receipt.materialId },
    });
    return { recipientName: receipt.recipientName };
  });
  afterQueued(1);
  return result;
}

const unconfirmed = and(isNull(letterReceipts.confirmedAt), isNotNull(letterReceipts.tokenSealed));

async function queueReminders(tx: Executor, actor: Actor | null, receipts: (typeof letterReceipts.$inferSelect)[], now: Date): Promise<number> {
  let queued = 0;
  for (const r of receipts) {
    const n = r.remindersSent + 1;
    const count = await queueLetterMail(tx, actor, 'letter_reminder', [r], (id) => `reminder:${id}:${n}`);
    if (!count) continue;
    queued += count;
    await tx.update(letterReceipts).set({ remindersSent: n, lastRemindedAt: now }).where(eq(letterReceipts.id, r.id));
  }
  return queued;
}

/** "Nhắc ngay tất cả đơn vị chưa xác nhận" of one letter (after a confirmation dialog). */
export async function remindUnconfirmedNow(actor: Actor | null, materialId: string, now = new Date()): Promise<number> {
  assertCan(actor, 'letters.manage');
  if (!mailEnabled()) throw new UserInputError(MAIL_OFF_MESSAGE);
  if (!isUuid(materialId)) throw new NotFoundError('Không tìm thấy văn bản.');
  const queued = await getDb().transaction(async (tx) => {
    const receipts = await tx.select().from(letterReceipts).where(and(eq(letterReceipts.materialId, materialId), unconfirmed)).for('update');
    const count = await queueReminders(tx, actor, receipts, now);
    if (!count) throw new UserInputError('Không có đơn vị nào chưa xác nhận mà có địa chỉ e-mail để nhắc.');
    await recordAudit(tx, actor, { action: 'letter.remind', entityType: 'material', entityId: materialId, after: { reminders: count, trigger: 'admin' } });
    return count;
  });
  afterQueued(queued);
  return queued;
}

/**
 * The scheduled reminders: a recipient not confirmed `afterWorkingDays` working days (Mon–Fri)
 * after the send gets one, then one every `spacingWorkingDays`, at most `maxReminders`.
 */
export async function queueDueReminders(now = new Date()): Promise<number> {
  if (!mailEnabled()) return 0;
  const policy = await readReminderPolicy();
  if (!policy.maxReminders) return 0;
  const queued = await getDb().transaction(async (tx) => {
    const candidates = await tx
      .select()
      .from(letterReceipts)
      .where(and(unconfirmed, lt(letterReceipts.remindersSent, policy.maxReminders)))
      .for('update', { skipLocked: true });
    const due = candidates.filter((r) => {
      const since = r.lastRemindedAt ?? r.sentAt;
      return workingDaysBetween(since, now) >= (r.remindersSent ? policy.spacingWorkingDays : policy.afterWorkingDays);
    });
    const count = await queueReminders(tx, null, due, now);
    if (count) await recordAudit(tx, null, { action: 'letter.remind', entityType: 'material', entityId: null, after: { reminders: count, trigger: 'schedule' } });
    return count;
  });
  afterQueued(queued);
  return queued;
}

export type MailState = { status: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled'; kind: string; lastError: string | null; sentAt: Date | null; attempts: number; createdAt: Date };

/** The latest mail of each receipt of one letter, for the tracking page. */
export async function latestMailByReceipt(materialId: string): Promise<Map<string, MailState>> {
  const rows = await getDb()
    .select({
      receiptId: mailJobs.receiptId, status: mailJobs.status, kind: mailJobs.kind, lastError: mailJobs.lastError,
      sentAt: mailJobs.sentAt, attempts: mailJobs.attempts, createdAt: mailJobs.createdAt,
    })
    .from(mailJobs)
    .innerJoin(letterReceipts, eq(letterReceipts.id, mailJobs.receiptId))
    .where(eq(letterReceipts.materialId, materialId))
    .orderBy(desc(mailJobs.createdAt), desc(sql`${mailJobs.kind} = 'letter_reminder'`));
  const out = new Map<string, MailState>();
  for (const { receiptId, ...state } of rows) if (receiptId && !out.has(receiptId)) out.set(receiptId, state);
  return out;
}

