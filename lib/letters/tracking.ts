import 'server-only';
import { desc, eq, max, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { letterReceipts, materials } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/validation/ids';
import { districtName } from '@/lib/geo/districts';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { toCsv } from '@/lib/text/spreadsheet';
import { groupLabel, LIST_LABELS, recipientOrder } from './recipients';
import { latestMailByReceipt } from './delivery';
import { CONFIRMED_VIA_LABELS, MAIL_STATUS_LABELS, RECEIPT_STATUS_LABELS, receiptStatus } from './status';

/** Letters that have been sent, with how many recipients opened and confirmed. */
export async function listSentLetters(actor: Actor | null) {
  assertCan(actor, 'letters.manage');
  return getDb()
    .select({
      materialId: materials.id, title: materials.title, documentNumber: materials.documentNumber, issuedOn: materials.issuedOn,
      recipients: sql<number>`count(*)::int`,
      opened: sql<number>`count(${letterReceipts.openedAt})::int`,
      confirmed: sql<number>`count(${letterReceipts.confirmedAt})::int`,
      lastSentAt: max(letterReceipts.sentAt),
    })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .groupBy(materials.id)
    .orderBy(desc(max(letterReceipts.sentAt)));
}

/** One letter's recipients in the letter's own order, each with sent / opened / confirmed times. */
export async function getLetterTracking(actor: Actor | null, materialId: string) {
  assertCan(actor, 'letters.manage');
  if (!isUuid(materialId)) throw new NotFoundError('Không tìm thấy văn bản.');
  const db = getDb();
  const [letter] = await db
    .select({ id: materials.id, title: materials.title, documentNumber: materials.documentNumber, issuedOn: materials.issuedOn, issuer: materials.issuer, slug: materials.slug, status: materials.status })
    .from(materials)
    .where(eq(materials.id, materialId));
  if (!letter) throw new NotFoundError('Không tìm thấy văn bản.');
  const rows = await db
    .select({
      id: letterReceipts.id, recipientKey: letterReceipts.recipientKey, recipientName: letterReceipts.recipientName, list: letterReceipts.list,
      groupKey: letterReceipts.groupKey, districtCode: letterReceipts.districtCode, note: letterReceipts.note, sentAt: letterReceipts.sentAt,
      tokenIssuedAt: letterReceipts.tokenIssuedAt, openedAt: letterReceipts.openedAt, openCount: letterReceipts.openCount,
      confirmedAt: letterReceipts.confirmedAt, confirmedVia: letterReceipts.confirmedVia,
      confirmerName: letterReceipts.confirmerName, confirmerTitle: letterReceipts.confirmerTitle,
    })
    .from(letterReceipts)
    .where(eq(letterReceipts.materialId, materialId));
  const mail = await latestMailByReceipt(materialId);
  const receipts = rows
    .map((r) => ({ ...r, status: receiptStatus(r), mail: mail.get(r.id) ?? null }))
    .sort((a, b) => recipientOrder(a.recipientKey) - recipientOrder(b.recipientKey) || a.recipientName.localeCompare(b.recipientName, 'vi'));
  return { letter, receipts };
}

export type LetterTracking = Awaited<ReturnType<typeof getLetterTracking>>;

/** The tracking list as CSV UTF-8 (BOM, Vietnamese headers); optionally only who has not confirmed. */
export async function letterTrackingCsv(actor: Actor | null, materialId: string, options: { pendingOnly?: boolean } = {}) {
  const { letter, receipts } = await getLetterTracking(actor, materialId);
  const rows = receipts.filter((r) => !options.pendingOnly || r.status !== 'confirmed');
  const csv = toCsv([
    ['Đơn vị nhận', 'Danh sách', 'Nhóm', 'Huyện', 'Trạng thái', 'Gửi lúc', 'Mở lần đầu lúc', 'Số lần mở', 'Xác nhận lúc', 'Xác nhận qua', 'Người xác nhận', 'Chức vụ', 'E-mail', 'Lý do e-mail lỗi'],
    ...rows.map((r) => [
      r.recipientName, LIST_LABELS[r.list], groupLabel(r.groupKey), districtName(r.districtCode), RECEIPT_STATUS_LABELS[r.status],
      formatDateTime(r.sentAt), formatDateTime(r.openedAt), r.openCount, formatDateTime(r.confirmedAt),
      r.confirmedVia ? (CONFIRMED_VIA_LABELS[r.confirmedVia] ?? r.confirmedVia) : '',
      r.confirmerName ?? '', r.confirmerTitle ?? '',
      r.mail ? MAIL_STATUS_LABELS[r.mail.status] : '', r.mail?.status === 'failed' ? (r.mail.lastError ?? '') : '',
    ]),
  ]);
  const label = [letter.documentNumber ? `Văn bản ${letter.documentNumber}` : 'Văn bản', letter.issuedOn ? `ngày ${formatDate(letter.issuedOn)}` : '']
    .filter(Boolean)
    .join(' ');
  const fileName = `${options.pendingOnly ? 'Chưa xác nhận' : 'Theo dõi nhận'} - ${label}.csv`.replace(/\//g, '-');
  return { csv, fileName };
}
