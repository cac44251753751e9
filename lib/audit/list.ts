import 'server-only';
import { and, desc, eq, gte, lt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { likeContains } from '@/lib/text/fold';
import { describeChanges, type AuditChange } from './describe';
import { localDayStart, nextLocalDayStart, plainIp, type AuditFilters } from './filters';
import { resolveAuditNames, type AuditObject } from './objects';
import { actionLabel, entityLabel } from './vocabulary';

export const AUDIT_PAGE_SIZE = 50;

/** One entry as people read it: who, when, what in words, on which object, what changed. */
export interface AuditEntryView {
  id: number;
  createdAt: Date;
  actor: string;
  actorUsername: string | null;
  ip: string;
  action: string;
  actionLabel: string;
  entityType: string;
  entityLabel: string;
  entityId: string | null;
  object: AuditObject;
  changes: AuditChange[];
}

function whereOf(filters: AuditFilters): SQL | undefined {
  const where: SQL[] = [];
  if (filters.from) where.push(gte(auditLogs.createdAt, localDayStart(filters.from)));
  if (filters.to) where.push(lt(auditLogs.createdAt, nextLocalDayStart(filters.to)));
  if (filters.actor) where.push(eq(auditLogs.actorUsername, filters.actor));
  if (filters.action) where.push(eq(auditLogs.action, filters.action));
  if (filters.entityType) where.push(eq(auditLogs.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLogs.entityId, filters.entityId));
  if (filters.q) {
    const pattern = likeContains(filters.q.toLowerCase());
    where.push(or(ilike(auditLogs.action, pattern), ilike(auditLogs.actorUsername, pattern), ilike(auditLogs.entityId, pattern))!);
  }
  return where.length ? and(...where) : undefined;
}

/** Entries newest first, with names looked up once per page. */
export async function readAuditEntries(actor: Actor | null, filters: AuditFilters, limit: number, offset = 0): Promise<AuditEntryView[]> {
  assertCan(actor, 'audit.view');
  const rows = await getDb().select().from(auditLogs).where(whereOf(filters)).orderBy(desc(auditLogs.id)).limit(limit).offset(offset);
  const resolved = await resolveAuditNames(rows);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actor: resolved.actorName(row),
    actorUsername: row.actorUsername,
    ip: plainIp(row.ip),
    action: row.action,
    actionLabel: actionLabel(row.action),
    entityType: row.entityType,
    entityLabel: entityLabel(row.entityType),
    entityId: row.entityId,
    object: resolved.object(row),
    changes: describeChanges(row.entityType, row.before, row.after, resolved.names),
  }));
}

export async function listAuditLogs(actor: Actor | null, filters: AuditFilters = {}) {
  assertCan(actor, 'audit.view');
  const page = Math.max(1, filters.page ?? 1);
  const [rows, [{ total }]] = await Promise.all([
    readAuditEntries(actor, filters, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE),
    getDb().select({ total: sql<number>`count(*)::int` }).from(auditLogs).where(whereOf(filters)),
  ]);
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE };
}

/** What the filter selects offer: only values that occur, so no choice leads to an empty page. */
export async function listAuditFilterOptions(actor: Actor | null) {
  assertCan(actor, 'audit.view');
  const db = getDb();
  const [actors, actions, types] = await Promise.all([
    db.selectDistinct({ v: auditLogs.actorUsername }).from(auditLogs).orderBy(auditLogs.actorUsername),
    db.selectDistinct({ v: auditLogs.action }).from(auditLogs),
    db.selectDistinct({ v: auditLogs.entityType }).from(auditLogs),
  ]);
  const byLabel = (a: { value: string; label: string }, b: { value: string; label: string }) => a.label.localeCompare(b.label, 'vi');
  return {
    actors: actors.map((r) => r.v).filter((v): v is string => Boolean(v)),
    actions: actions.map((r) => ({ value: r.v, label: actionLabel(r.v) })).sort(byLabel),
    entityTypes: types.map((r) => ({ value: r.v, label: entityLabel(r.v) })).sort(byLabel),
  };
}
