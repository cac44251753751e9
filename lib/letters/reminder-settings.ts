import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { defineSetting } from '@/lib/settings/store';

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

const reminders = defineSetting({ key: REMINDER_KEY, schema: reminderPolicySchema, fallback: DEFAULT_REMINDER_POLICY });

/** The reminder policy; a missing or unreadable row means the documented default. */
export const readReminderPolicy = reminders.read;

export const setReminderPolicy: (actor: Actor | null, input: unknown) => Promise<ReminderPolicy> = reminders.set;
