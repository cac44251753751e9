import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { letterReceipts, mailJobs, materials } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { isUuid } from '@/lib/validation/ids';
import { isPublicMaterial } from '@/lib/materials/visibility';
import { recipientByKey, recipientOrder, type RecipientListKey } from './recipients';
import { hashReceiptToken, newReceiptToken } from './tokens';
import { receiptLink, type ReceiptLink } from './links';
import type { SendLetterInput } from './schema';
import { sealReceiptToken } from './sealed-token';
import { afterQueued, letterVersion, queueLetterMail } from './delivery';

export interface IssuedLink extends ReceiptLink {
  receiptId: string;
  recipientName: string;
  list: RecipientListKey;
  /** An e-mail was queued for this recipient (e-mail on and the unit has addresses). */
  emailQueued?: boolean;
}

/** Letters that may be sent: official letters that are public now. */
export async function listSendableLetters(actor: Actor | null) {
  assertCan(actor, 'letters.manage');
  return getDb()
    .select({ id: materials.id, title: materials.title, documentNumber: materials.documentNumber, issuedOn: materials.issuedOn })
    .from(materials)
    .where(and(eq(materials.kind, 'official_letter'), isPublicMaterial()))
    .orderBy(desc(materials.issuedOn), desc(materials.publishedAt));
}

/**
 * Sends a published letter to recipients from its lists. Each gets a personal link; the tokens
 * exist only in the returned links (the database keeps their hashes), so the caller must show
 * them now. A recipient already sent this letter is refused: reissue its link instead.
 */
export async function sendLetter(actor: Actor | null, input: SendLetterInput): Promise<IssuedLink[]> {
  assertCan(actor, 'letters.manage');
  const options = input.recipientKeys.map((key) => recipientByKey(key));
  if (options.some((o) => !o)) throw new UserInputError('Có đơn vị nhận không thuộc danh sách của công văn.', { recipientKeys: ['Chọn lại đơn vị nhận.'] });
  const recipients = options.filter((o) => !!o).sort((a, b) => recipientOrder(a.key) - recipientOrder(b.key));
  const issued = await getDb().transaction(async (tx) => {
    const [letter] = isUuid(input.materialId)
      ? await tx.select({ id: materials.id, title: materials.title, kind: materials.kind, fileSha256: materials.fileSha256, updatedAt: materials.updatedAt }).from(materials).where(and(eq(materials.id, input.materialId), isPublicMaterial()))
      : [];
    if (!letter || letter.kind !== 'official_letter') {
      throw new UserInputError('Chỉ gửi được văn bản chỉ đạo đã đăng công khai.', { materialId: ['Chọn một văn bản đã đăng.'] });
    }
    const already = await tx
      .select({ name: letterReceipts.recipientName })
      .from(letterReceipts)
      .where(and(eq(letterReceipts.materialId, letter.id), inArray(letterReceipts.recipientKey, recipients.map((r) => r.key))));
    if (already.length) {
      throw new UserInputError(
        `Đã gửi văn bản này cho: ${already.map((a) => a.name).join(', ')}. Bỏ chọn các đơn vị đó; nếu họ mất liên kết, hãy cấp lại liên kết ở trang theo dõi.`,
        { recipientKeys: ['Có đơn vị đã được gửi văn bản này.'] },
      );
    }
    const tokens = recipients.map(() => newReceiptToken());
    const rows = await tx
      .insert(letterReceipts)
      .values(recipients.map((r, i) => ({
        materialId: letter.id, recipientKey: r.key, recipientName: r.name, list: r.list, groupKey: r.group,
        districtCode: r.districtCode, note: input.note ?? null, tokenHash: hashReceiptToken(tokens[i]), tokenSealed: sealReceiptToken(tokens[i]), sentBy: actor.id,
      })))
      .returning({ id: letterReceipts.id, recipientKey: letterReceipts.recipientKey });
    // Same transaction: a send that commits has its mails queued, one that rolls back has none.
    const version = letterVersion(letter);
    const queued = await queueLetterMail(tx, actor, 'letter', rows, (id) => `letter:${id}:${version}`);
    const mailed = new Set(queued ? (await tx.select({ id: mailJobs.receiptId }).from(mailJobs).where(inArray(mailJobs.receiptId, rows.map((r) => r.id)))).map((j) => j.id) : []);
    await recordAudit(tx, actor, {
      action: 'letter.send', entityType: 'material', entityId: letter.id,
      after: { title: letter.title, note: input.note ?? null, recipients: recipients.map((r) => r.name), emailsQueued: queued },
    });
    const idByKey = new Map(rows.map((r) => [r.recipientKey, r.id]));
    return { queued, links: recipients.map((r, i) => ({ receiptId: idByKey.get(r.key)!, recipientName: r.name, list: r.list, token: tokens[i], emailQueued: mailed.has(idByKey.get(r.key)!) })) };
  });
  afterQueued(issued.queued);
  return Promise.all(issued.links.map(async ({ token, ...rest }) => ({ ...rest, ...(await receiptLink(token)) })));
}

/** A new link for one recipient (lost or leaked link); the old one stops working at once. */
export async function reissueReceiptLink(actor: Actor | null, receiptId: string): Promise<IssuedLink> {
  assertCan(actor, 'letters.manage');
  const token = newReceiptToken();
  const row = await getDb().transaction(async (tx) => {
    const [updated] = isUuid(receiptId)
      ? await tx
          .update(letterReceipts)
          .set({ tokenHash: hashReceiptToken(token), tokenSealed: sealReceiptToken(token), tokenIssuedAt: new Date(), updatedAt: new Date() })
          .where(eq(letterReceipts.id, receiptId))
          .returning()
      : [];
    if (!updated) throw new NotFoundError('Không tìm thấy đơn vị nhận.');
    await recordAudit(tx, actor, {
      action: 'letter.reissue_link', entityType: 'letter_receipt', entityId: updated.id, districtCode: updated.districtCode,
      after: { recipient: updated.recipientName, materialId: updated.materialId },
    });
    return updated;
  });
  return { receiptId: row.id, recipientName: row.recipientName, list: row.list, ...(await receiptLink(token)) };
}

/** For the send form: which recipients each letter already went to (they cannot be chosen again). */
export async function listSentRecipientKeys(actor: Actor | null): Promise<Record<string, string[]>> {
  assertCan(actor, 'letters.manage');
  const rows = await getDb().select({ materialId: letterReceipts.materialId, key: letterReceipts.recipientKey }).from(letterReceipts);
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.materialId] ??= []).push(r.key);
  return out;
}
