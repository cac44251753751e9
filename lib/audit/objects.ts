import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs, checkpoints, contacts, letterReceipts, materials, pressKits, trustedSigners, users } from '@/db/schema';
import { districtName } from '@/lib/geo/districts';
import { RETENTION_KEY } from '@/lib/settings/retention';
import { isUuid } from '@/lib/validation/ids';

type AuditRow = typeof auditLogs.$inferSelect;

/** What an entry acted on, by name, and the page where it lives (null once deleted or pageless). */
export interface AuditObject {
  name: string;
  href: string | null;
}

export interface ResolvedNames {
  /** Any id found in the entries (object, actor, ids inside the diff) → its display name. */
  names: Map<string, string>;
  object: (row: AuditRow) => AuditObject;
  actorName: (row: AuditRow) => string;
}

const SETTING_NAMES: Record<string, string> = { [RETENTION_KEY]: 'Thời hạn lưu dữ liệu cá nhân' };

/**
 * Looks up, in one query per table, the current names of everything a page of entries mentions.
 * A deleted object keeps the name its last snapshot recorded.
 */
export async function resolveAuditNames(rows: AuditRow[]): Promise<ResolvedNames> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const id of [row.entityId, row.actorId]) if (id && isUuid(id)) ids.add(id);
    for (const snapshot of [row.before, row.after]) collectUuids(snapshot, ids);
  }
  const list = [...ids];
  const db = getDb();
  const none = Promise.resolve([]);
  const [cps, people, docs, kits, dir, receipts, signers] = await Promise.all([
    list.length ? db.select({ id: checkpoints.id, name: checkpoints.name }).from(checkpoints).where(inArray(checkpoints.id, list)) : none,
    list.length ? db.select({ id: users.id, fullName: users.fullName, username: users.username }).from(users).where(inArray(users.id, list)) : none,
    list.length ? db.select({ id: materials.id, title: materials.title }).from(materials).where(inArray(materials.id, list)) : none,
    list.length ? db.select({ id: pressKits.id, title: pressKits.title }).from(pressKits).where(inArray(pressKits.id, list)) : none,
    list.length ? db.select({ id: contacts.id, name: contacts.name }).from(contacts).where(inArray(contacts.id, list)) : none,
    list.length ? db.select({ id: letterReceipts.id, recipientName: letterReceipts.recipientName, materialId: letterReceipts.materialId, letter: materials.title }).from(letterReceipts).innerJoin(materials, eq(materials.id, letterReceipts.materialId)).where(inArray(letterReceipts.id, list)) : none,
    list.length ? db.select({ id: trustedSigners.id, subject: trustedSigners.subject, country: trustedSigners.country }).from(trustedSigners).where(inArray(trustedSigners.id, list)) : none,
  ]);
  const names = new Map<string, string>();
  const userNames = new Map<string, string>();
  for (const r of cps as { id: string; name: string }[]) names.set(r.id, r.name);
  for (const r of people as { id: string; fullName: string; username: string }[]) {
    names.set(r.id, `${r.fullName} (${r.username})`);
    userNames.set(r.id, r.fullName);
  }
  for (const r of docs as { id: string; title: string }[]) names.set(r.id, r.title);
  for (const r of kits as { id: string; title: string }[]) names.set(r.id, r.title);
  for (const r of dir as { id: string; name: string }[]) names.set(r.id, r.name);
  for (const r of signers as { id: string; subject: string; country: string }[]) names.set(r.id, `${r.subject} (${r.country})`);
  const receiptById = new Map((receipts as { id: string; recipientName: string; materialId: string; letter: string }[]).map((r) => [r.id, r]));

  const object = (row: AuditRow): AuditObject => {
    const id = row.entityId ?? '';
    const live = names.has(id);
    const snapshot = (key: string) => pick(row.after, key) ?? pick(row.before, key);
    const named = (href: string, ...keys: string[]) => ({
      name: names.get(id) ?? keys.map(snapshot).find(Boolean) ?? '(đã xoá)',
      href: live ? href : null,
    });
    switch (row.entityType) {
      case 'checkpoint':
        if (!row.entityId) return { name: row.districtCode ? districtName(row.districtCode) : 'Toàn tỉnh', href: '/quan-tri/chot-kiem-soat' };
        return named(`/quan-tri/chot-kiem-soat/${id}`, 'name');
      case 'user':
        return named(`/quan-tri/nguoi-dung/${id}`, 'fullName', 'username');
      case 'material':
        return named(row.action.startsWith('letter.') ? `/quan-tri/van-ban-gui/${id}` : `/quan-tri/tai-lieu/${id}`, 'title');
      case 'press_kit':
        return named(`/quan-tri/bo-tai-lieu/${id}`, 'title');
      case 'contact':
        return named(`/quan-tri/lien-he/${id}`, 'name');
      case 'letter_receipt': {
        const receipt = receiptById.get(id);
        const recipient = receipt?.recipientName ?? snapshot('recipient') ?? '(đã xoá)';
        return { name: receipt ? `${recipient} — ${receipt.letter}` : recipient, href: receipt ? `/quan-tri/van-ban-gui/${receipt.materialId}` : null };
      }
      case 'trusted_signer':
        return named('/quan-tri/danh-sach-tin-cay', 'subject', 'kid');
      case 'trust_source':
        return { name: String(snapshot('url') ?? snapshot('host') ?? 'Nguồn danh sách tin cậy'), href: '/quan-tri/danh-sach-tin-cay' };
      case 'verification_rule':
        return { name: `Phiên bản ${id}`, href: '/quan-tri/quy-tac' };
      case 'setting':
        return { name: SETTING_NAMES[id] ?? id, href: '/quan-tri/cai-dat' };
      case 'poster_batch':
        return { name: row.districtCode ? districtName(row.districtCode) : 'Toàn tỉnh', href: '/quan-tri/chot-kiem-soat/ap-phich' };
      case 'passage':
        return { name: row.entityId ? `Lượt kiểm tra số ${row.entityId}` : 'Các lượt kiểm tra quá hạn', href: null };
      case 'person':
        return { name: 'Người được tra cứu (không ghi danh tính)', href: null };
      default:
        return { name: id, href: null };
    }
  };
  const actorName = (row: AuditRow) => {
    if (!row.actorUsername) return 'Hệ thống';
    const full = row.actorId ? userNames.get(row.actorId) : undefined;
    return full ? `${full} (${row.actorUsername})` : row.actorUsername;
  };
  return { names, object, actorName };
}

function pick(snapshot: unknown, key: string): string | undefined {
  const value = snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value ? value : undefined;
}

function collectUuids(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (isUuid(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectUuids(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectUuids(v, into);
  }
}
