'use server';
import { defineAction } from '@/lib/actions/define-action';
import { retentionSchema, setRetentionDays } from '@/lib/settings/retention';

export const setRetentionAction = defineAction(retentionSchema, async (actor, { days }) => {
  await setRetentionDays(actor, days);
  return { message: `Đã lưu: dữ liệu cá nhân được giữ ${days} ngày.`, revalidate: ['/quan-tri/cai-dat'] };
});
