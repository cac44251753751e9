'use server';
import { defineAction } from '@/lib/actions/define-action';
import { retentionSchema, setRetentionDays } from '@/lib/settings/retention';
import { reminderPolicySchema, setReminderPolicy } from '@/lib/letters/reminder-settings';
import { alertThresholdsSchema, setAlertThresholds } from '@/lib/settings/alert-thresholds';

export const setRetentionAction = defineAction(retentionSchema, async (actor, { days }) => {
  await setRetentionDays(actor, days);
  return { message: `Đã lưu: dữ liệu cá nhân được giữ ${days} ngày.`, revalidate: ['/quan-tri/cai-dat'] };
});

export const setReminderPolicyAction = defineAction(reminderPolicySchema, async (actor, input) => {
  const saved = await setReminderPolicy(actor, input);
  return {
    message: saved.maxReminders
      ? `Đã lưu: nhắc sau ${saved.afterWorkingDays} ngày làm việc, cách nhau ${saved.spacingWorkingDays} ngày, tối đa ${saved.maxReminders} lần.`
      : 'Đã lưu: không gửi nhắc tự động.',
    revalidate: ['/quan-tri/cai-dat'],
  };
});

export const setAlertThresholdsAction = defineAction(alertThresholdsSchema, async (actor, values) => {
  await setAlertThresholds(actor, values);
  return { message: 'Đã lưu ngưỡng cảnh báo.', revalidate: ['/quan-tri/cai-dat', '/quan-tri/canh-bao', '/quan-tri'] };
});
