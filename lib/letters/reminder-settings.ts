import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';

export const REMINDER_KEY = 'letter_reminders';
export const DEFAULT_REMINDER_POLICY = { afterWorkingDays: 3, spacingWorkingDays: 2, maxReminders: 2 };

const days = (label: string, min: number, max: number) =>
  z.coerce.number({ message: `${label}: nhập số từ ${min} đến ${max}.` }).int(`${label}: nhập số nguyên.`).min(min, `${label}: ít nhất ${min}.`).max(max, `${label}: tối đa ${max}.`);

export const reminderPolicySchema = z.object({
  afterWorkingDays: days('Nhắc lần đầu sau', 1, 30),
  spacingWorkingDays: days('Khoảng cách giữa hai lần nhắc', 1, 30),
  maxReminders: days('Số lần nhắc tối đa', 0, 10),
});

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/** The reminder policy; a missing or unreadable row means the documented default. */
export async function readReminderPolicy(db: Executor = getDb()): Promise<ReminderPolicy> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, REMINDER_KEY)).limit(1);
  const parsed = reminderPolicySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_POLICY;
}

export async function setReminderPolicy(actor: Actor | null, input: unknown): Promise<ReminderPolicy> {
  assertCan(actor, 'settings.manage');
  const value = reminderPolicySchema.parse(input);
  await getDb().transaction(async (tx) => {
    const before = await readReminderPolicy(tx);
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: REMINDER_KEY, value, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: actor.id, updatedAt: now } });
    await recordAudit(tx, actor, { action: 'setting.update', entityType: 'setting', entityId: REMINDER_KEY, before, after: value });
  });
  return value;
}
