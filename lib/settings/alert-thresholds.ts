import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { defineSetting } from './store';

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

const thresholds = defineSetting({ key: ALERT_THRESHOLDS_KEY, schema: alertThresholdsSchema, fallback: DEFAULT_ALERT_THRESHOLDS, fieldDefaults: true });

/** The thresholds in force; a missing or unreadable row (or field) means the documented default. */
export const readAlertThresholds = thresholds.read;

export async function getAlertThresholds(actor: Actor | null) {
  const { value, updatedAt, isDefault } = await thresholds.get(actor);
  return { values: value, updatedAt, isDefault };
}

export async function setAlertThresholds(actor: Actor | null, input: AlertThresholds): Promise<void> {
  await thresholds.set(actor, input);
}
