import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { defineSetting } from './store';

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

const retention = defineSetting({
  key: RETENTION_KEY, schema: retentionSchema.shape.days, fallback: DEFAULT_RETENTION_DAYS, audit: (days) => ({ days }),
});

/** Days personal fields of a passage are kept; a missing or unreadable row means the default. */
export const readRetentionDays = retention.read;

export async function getRetentionSetting(actor: Actor | null) {
  const { value, updatedAt, isDefault } = await retention.get(actor);
  return { days: value, updatedAt, isDefault };
}

export async function setRetentionDays(actor: Actor | null, days: number): Promise<void> {
  await retention.set(actor, days);
}
