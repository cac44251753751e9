import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';

export const ALERT_THRESHOLDS_KEY = 'stats_alert_thresholds';

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${label}: nhập số nguyên từ ${min} đến ${max}.` })
    .int(`${label}: nhập số nguyên từ ${min} đến ${max}.`)
    .min(min, `${label}: ít nhất ${min}.`)
    .max(max, `${label}: tối đa ${max}.`);

/** What makes an alert (the dashboard's "Cảnh báo"); each bound keeps the alert meaningful. */
export const alertThresholdsSchema = z.object({
  /** Usual hours that passed today without a check before a checkpoint counts as silent. */
  silentHours: whole('Số giờ im lặng', 1, 12),
  /** An hour is usual at a checkpoint if it had checks in it on at least this many of the last 14 days. */
  usualDays: whole('Số ngày có kiểm tra trong giờ đó', 1, 14),
  /** Today's invalid share this many percentage points above the last 14 days' share. */
  invalidPoints: whole('Số điểm phần trăm', 1, 100),
  /** Checks needed today (and in the 14 days before) before a share is judged. */
  invalidMinChecks: whole('Số lượt tối thiểu', 1, 10_000),
  /** The server's trust list is stale when no signer changed for this many days. */
  trustMaxAgeDays: whole('Số ngày', 1, 365),
});
export type AlertThresholds = z.infer<typeof alertThresholdsSchema>;

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = { silentHours: 3, usualDays: 4, invalidPoints: 20, invalidMinChecks: 20, trustMaxAgeDays: 30 };

/** The thresholds in force; a missing or unreadable row (or field) means the documented default. */
export async function readAlertThresholds(db: Executor = getDb()): Promise<AlertThresholds> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ALERT_THRESHOLDS_KEY)).limit(1);
  const parsed = alertThresholdsSchema.safeParse({ ...DEFAULT_ALERT_THRESHOLDS, ...(row?.value as object | undefined) });
  return parsed.success ? parsed.data : DEFAULT_ALERT_THRESHOLDS;
}

export async function getAlertThresholds(actor: Actor | null) {
  assertCan(actor, 'settings.manage');
  const [row] = await getDb().select().from(settings).where(eq(settings.key, ALERT_THRESHOLDS_KEY)).limit(1);
  return { values: await readAlertThresholds(), updatedAt: row?.updatedAt ?? null, isDefault: !row };
}

export async function setAlertThresholds(actor: Actor | null, input: AlertThresholds): Promise<void> {
  assertCan(actor, 'settings.manage');
  const value = alertThresholdsSchema.parse(input);
  await getDb().transaction(async (tx) => {
    const before = await readAlertThresholds(tx);
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: ALERT_THRESHOLDS_KEY, value, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: actor.id, updatedAt: now } });
    await recordAudit(tx, actor, { action: 'setting.update', entityType: 'setting', entityId: ALERT_THRESHOLDS_KEY, before, after: value });
  });
}
