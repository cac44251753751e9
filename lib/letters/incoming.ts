import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { letterReceipts, materials } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/auth/errors';
import type { Confirmer } from './schema';
import { recordAudit } from '@/lib/audit/record';
import { isUuid } from '@/lib/validation/ids';
import type { MaterialFile } from '@/lib/materials/download';
import { receiptStatus } from './status';

const ownDistrict = (actor: Actor) => eq(letterReceipts.districtCode, districtScope(actor) ?? '__none__');

/** Letters sent to the district user's own district (its People's Committee and culture office). */
export async function listIncomingLetters(actor: Actor | null) {
  assertCan(actor, 'letters.confirm');
  const rows = await getDb()
    .select({
      id: letterReceipts.id, recipientName: letterReceipts.recipientName, list: letterReceipts.list, note: letterReceipts.note,
      sentAt: letterReceipts.sentAt, openedAt: letterReceipts.openedAt, confirmedAt: letterReceipts.confirmedAt, confirmedVia: letterReceipts.confirmedVia,
      materialId: materials.id, title: materials.title, summary: materials.summary, documentNumber: materials.documentNumber,
      issuedOn: materials.issuedOn, issuer: materials.issuer, hasFile: sql<boolean>`${materials.fileKey} is not null`,
    })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .where(ownDistrict(actor))
    .orderBy(sql`${letterReceipts.confirmedAt} is not null`, desc(letterReceipts.sentAt));
  return rows.map((r) => ({ ...r, status: receiptStatus(r) }));
}

/** For the dashboard: how many letters to the actor's district still await confirmation. */
export async function countUnconfirmedIncomingLetters(actor: Actor | null): Promise<number> {
  assertCan(actor, 'letters.confirm');
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)::int` })
    .from(letterReceipts)
    .where(and(ownDistrict(actor), isNull(letterReceipts.confirmedAt)));
  return row.count;
}

/** A district user confirms receipt for its own district's recipient; idempotent. */
export async function confirmIncomingLetter(actor: Actor | null, receiptId: string, who?: Confirmer): Promise<{ confirmedAt: Date; alreadyConfirmed: boolean }> {
  assertCan(actor, 'letters.confirm');
  return getDb().transaction(async (tx) => {
    // The district is in the WHERE: another district's receipt is simply not found.
    const [receipt] = isUuid(receiptId)
      ? await tx.select().from(letterReceipts).where(and(eq(letterReceipts.id, receiptId), ownDistrict(actor))).for('update')
      : [];
    if (!receipt) throw new NotFoundError('Không tìm thấy văn bản đến.');
    if (receipt.confirmedAt) return { confirmedAt: receipt.confirmedAt, alreadyConfirmed: true };
    const [after] = await tx
      .update(letterReceipts)
      .set({ confirmedAt: sql`now()`, confirmedVia: 'dashboard', confirmedBy: actor.id, confirmerName: who?.confirmerName ?? actor.fullName, confirmerTitle: who?.confirmerTitle ?? null, openedAt: sql`coalesce(${letterReceipts.openedAt}, now())`, updatedAt: new Date() })
      .where(eq(letterReceipts.id, receipt.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'letter.confirm', entityType: 'letter_receipt', entityId: receipt.id, districtCode: receipt.districtCode,
      before: { confirmedAt: null }, after: { recipient: receipt.recipientName, via: 'dashboard', confirmedAt: after.confirmedAt, confirmer: [after.confirmerName, after.confirmerTitle].filter(Boolean).join(', ') },
    });
    return { confirmedAt: after.confirmedAt!, alreadyConfirmed: false };
  });
}

/** The letter's file for its own district's user; reading it counts as opening. */
export async function findIncomingLetterFile(actor: Actor | null, receiptId: string): Promise<MaterialFile> {
  assertCan(actor, 'letters.confirm');
  const notFound = new NotFoundError('Không tìm thấy văn bản đến.');
  if (!isUuid(receiptId)) throw notFound;
  const [row] = await getDb()
    .select({ materialId: materials.id, key: materials.fileKey, name: materials.fileName, mime: materials.fileMime, sha256: materials.fileSha256 })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .where(and(eq(letterReceipts.id, receiptId), ownDistrict(actor)));
  if (!row?.key || !row.name || !row.mime || !row.sha256) throw notFound;
  await getDb()
    .update(letterReceipts)
    .set({ openedAt: sql`coalesce(${letterReceipts.openedAt}, now())`, lastOpenedAt: sql`now()`, openCount: sql`${letterReceipts.openCount} + 1` })
    .where(eq(letterReceipts.id, receiptId));
  return { materialId: row.materialId, key: row.key, name: row.name, mime: row.mime, sha256: row.sha256, isPublic: false };
}
