import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';

interface SettingDefinition<S extends z.ZodType> {
  /** The row's key in `settings` (and the audit entry's object). */
  key: string;
  schema: S;
  /** The documented default: what a missing or unreadable row means. */
  fallback: z.infer<S>;
  /** An object setting whose stored row may miss a field added later: that field takes its default. */
  fieldDefaults?: boolean;
  /** How the value reads in the audit log (a bare number gets its name there). */
  audit?: (value: z.infer<S>) => unknown;
}

/**
 * One admin setting kept in the `settings` table: read by anyone who needs it (never failing: a
 * bad row means the default), shown and changed only with `settings.manage`, each change audited
 * with before and after in one transaction.
 */
export function defineSetting<S extends z.ZodType>(definition: SettingDefinition<S>) {
  const { key, schema, fallback } = definition;
  const audited = definition.audit ?? ((value: z.infer<S>): unknown => value);

  async function read(db: Executor = getDb()): Promise<z.infer<S>> {
    const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
    const stored = definition.fieldDefaults ? { ...(fallback as object), ...(row?.value as object | undefined) } : row?.value;
    const parsed = schema.safeParse(stored);
    return parsed.success ? parsed.data : fallback;
  }

  /** The value for the settings page, with when it last changed and whether it is still the default. */
  async function get(actor: Actor | null) {
    assertCan(actor, 'settings.manage');
    const [row] = await getDb().select().from(settings).where(eq(settings.key, key)).limit(1);
    return { value: await read(), updatedAt: row?.updatedAt ?? null, isDefault: !row };
  }

  async function set(actor: Actor | null, input: unknown): Promise<z.infer<S>> {
    assertCan(actor, 'settings.manage');
    const value = schema.parse(input);
    await getDb().transaction(async (tx) => {
      const before = await read(tx);
      const now = new Date();
      await tx
        .insert(settings)
        .values({ key, value, updatedBy: actor.id, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: actor.id, updatedAt: now } });
      await recordAudit(tx, actor, { action: 'setting.update', entityType: 'setting', entityId: key, before: audited(before), after: audited(value) });
    });
    return value;
  }

  return { key, read, get, set };
}
