import 'server-only';
import { and, desc, eq, gte, lt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLogs } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { likeContains } from '@/lib/text/fold';

export interface AuditFilters {
  q?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditLogs(actor: Actor | null, filters: AuditFilters = {}) {
  assertCan(actor, 'audit.view');
  const where: SQL[] = [];
  if (filters.entityType) where.push(eq(auditLogs.entityType, filters.entityType));
  if (filters.from) where.push(gte(auditLogs.createdAt, filters.from));
  if (filters.to) where.push(lt(auditLogs.createdAt, filters.to));
  if (filters.q) {
    const pattern = likeContains(filters.q.trim().toLowerCase());
    where.push(or(ilike(auditLogs.action, pattern), ilike(auditLogs.actorUsername, pattern), ilike(auditLogs.entityId, pattern))!);
  }
  const page = Math.max(1, filters.page ?? 1);
  const condition = where.length ? and(...where) : undefined;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(auditLogs).where(condition).orderBy(desc(auditLogs.id)).limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLogs).where(condition),
  ]);
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE };
}

export async function listAuditEntityTypes(actor: Actor | null): Promise<string[]> {
  assertCan(actor, 'audit.view');
  const rows = await getDb().selectDistinct({ t: auditLogs.entityType }).from(auditLogs).orderBy(auditLogs.entityType);
  return rows.map((r) => r.t);
}
