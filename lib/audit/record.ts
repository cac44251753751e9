import 'server-only';
import type { Executor } from '@/db';
import { auditLogs } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';

export interface AuditEntry {
  /** Dotted verb, e.g. `user.create`, `poster.rotate`. */
  action: string;
  entityType: string;
  entityId?: string | number | null;
  districtCode?: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'phone', 'phoneHash', 'idNumber', 'idNumberHash']);

/** Records a signed-in write. Call it inside the write's transaction so both land or neither. */
export async function recordAudit(db: Executor, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLogs).values({
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    districtCode: entry.districtCode ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    ip: actor?.ip ?? null,
  });
}

// Audit rows are kept longer than personal data: never copy secrets or citizens' data into them.
function redact(value: unknown): unknown {
  if (value == null || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_FIELDS.has(key))
      .map(([key, v]) => [key, redact(v)]),
  );
}
