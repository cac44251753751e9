import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { letterReceipts, materials } from '@/db/schema';
import { NotFoundError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import type { MaterialFile } from '@/lib/materials/download';
import { hashReceiptToken, isWellFormedReceiptToken } from './tokens';
import type { Confirmer } from './schema';

const notFound = () => new NotFoundError('Liên kết văn bản không đúng hoặc đã được thay bằng liên kết mới.');

const receiptColumns = {
  id: letterReceipts.id, recipientName: letterReceipts.recipientName, list: letterReceipts.list, note: letterReceipts.note,
  districtCode: letterReceipts.districtCode, sentAt: letterReceipts.sentAt, openedAt: letterReceipts.openedAt,
  confirmedAt: letterReceipts.confirmedAt, confirmedVia: letterReceipts.confirmedVia,
  confirmerName: letterReceipts.confirmerName, confirmerTitle: letterReceipts.confirmerTitle,
};

const letterColumns = {
  materialId: materials.id, title: materials.title, summary: materials.summary, body: materials.body, documentNumber: materials.documentNumber,
  issuedOn: materials.issuedOn, issuer: materials.issuer, fileName: materials.fileName, fileMime: materials.fileMime, fileSize: materials.fileSize,
};

async function byToken(db: Executor, token: string) {
  if (!isWellFormedReceiptToken(token)) throw notFound();
  const [row] = await db
    .select({ receipt: receiptColumns, letter: letterColumns })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .where(eq(letterReceipts.tokenHash, hashReceiptToken(token)));
  if (!row) throw notFound();
  return row;
}

/**
 * A recipient opens its personal link: the letter whatever its library status (this is the
 * recipient's copy), and the opening is recorded (first time and count).
 */
export async function openReceipt(token: string) {
  const { receipt, letter } = await byToken(getDb(), token);
  const [opened] = await getDb()
    .update(letterReceipts)
    .set({ openedAt: sql`coalesce(${letterReceipts.openedAt}, now())`, lastOpenedAt: sql`now()`, openCount: sql`${letterReceipts.openCount} + 1` })
    .where(eq(letterReceipts.id, receipt.id))
    .returning({ openedAt: letterReceipts.openedAt });
  return { receipt: { ...receipt, openedAt: opened.openedAt }, letter };
}

/** "Xác nhận đã nhận" from the personal link. Idempotent: the first confirmation's time stays. */
export async function confirmReceiptByToken(token: string, who?: Confirmer): Promise<{ confirmedAt: Date; alreadyConfirmed: boolean }> {
  return getDb().transaction(async (tx) => {
    const { receipt } = await byToken(tx, token);
    const [locked] = await tx.select({ confirmedAt: letterReceipts.confirmedAt }).from(letterReceipts).where(eq(letterReceipts.id, receipt.id)).for('update');
    if (locked.confirmedAt) return { confirmedAt: locked.confirmedAt, alreadyConfirmed: true };
    const [after] = await tx
      .update(letterReceipts)
      .set({ confirmedAt: sql`now()`, confirmedVia: 'link', confirmerName: who?.confirmerName ?? null, confirmerTitle: who?.confirmerTitle ?? null, openedAt: sql`coalesce(${letterReceipts.openedAt}, now())`, updatedAt: new Date() })
      .where(eq(letterReceipts.id, receipt.id))
      .returning({ confirmedAt: letterReceipts.confirmedAt });
    // Nobody is signed in on a personal link: the audit names the recipient instead.
    await recordAudit(tx, null, {
      action: 'letter.confirm', entityType: 'letter_receipt', entityId: receipt.id, districtCode: receipt.districtCode,
      after: { recipient: receipt.recipientName, via: 'link', confirmer: who ? `${who.confirmerName}, ${who.confirmerTitle}` : null },
    });
    return { confirmedAt: after.confirmedAt!, alreadyConfirmed: false };
  });
}

/** The letter's file for the holder of a personal link. */
export async function findReceiptFile(token: string): Promise<MaterialFile> {
  if (!isWellFormedReceiptToken(token)) throw notFound();
  const [row] = await getDb()
    .select({ materialId: materials.id, key: materials.fileKey, name: materials.fileName, mime: materials.fileMime, sha256: materials.fileSha256 })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .where(eq(letterReceipts.tokenHash, hashReceiptToken(token)));
  if (!row?.key || !row.name || !row.mime || !row.sha256) throw notFound();
  return { materialId: row.materialId, key: row.key, name: row.name, mime: row.mime, sha256: row.sha256, isPublic: false };
}
