import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';

export const RETENTION_KEY = 'personal_data_retention_days';
export const DEFAULT_RETENTION_DAYS = 21;
export const RETENTION_BOUNDS = { min: 1, max: 180 };

export const retentionSchema = z.object({
  days: z.coerce
    .number({ message: `Nhập số ngày từ ${RETENTION_BOUNDS.min} đến ${RETENTION_BOUNDS.max}.` })
    .int(`Nhập số ngày nguyên từ ${RETENTION_BOUNDS.min} đến ${RETENTION_BOUNDS.max}.`)
    .min(RETENTION_BOUNDS.min, `Ít nhất ${RETENTION_BOUNDS.min} ngày.`)
    .max(RETENTION_BOUNDS.max, `Tối đa ${RETENTION_BOUNDS.max} ngày.`),
});

/** Days personal fields of a passage are kept; a missing or unreadable row means the default. */
export async function readRetentionDays(db: Executor = getDb()): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, RETENTION_KEY)).limit(1);
  const parsed = retentionSchema.shape.days.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_RETENTION_DAYS;
}

export async function getRetentionSetting(actor: Actor | null) {
  assertCan(actor, 'settings.manage');
  const [row] = await getDb().select().from(settings).where(eq(settings.key, RETENTION_KEY)).limit(1);
  return { days: await readRetentionDays(), updatedAt: row?.updatedAt ?? null, isDefault: !row };
}

export async function setRetentionDays(actor: Actor | null, days: number): Promise<void> {
  assertCan(actor, 'settings.manage');
  const { days: value } = retentionSchema.parse({ days });
  await getDb().transaction(async (tx) => {
    const before = await readRetentionDays(tx);
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: RETENTION_KEY, value, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: actor.id, updatedAt: now } });
    await recordAudit(tx, actor, { action: 'setting.update', entityType: 'setting', entityId: RETENTION_KEY, before: { days: before }, after: { days: value } });
  });
}
