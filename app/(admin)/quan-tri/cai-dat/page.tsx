import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { getRetentionSetting, RETENTION_BOUNDS } from '@/lib/settings/retention';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { RetentionForm } from './retention-form';
import { ReminderForm } from './reminder-form';
import { readReminderPolicy } from '@/lib/letters/reminder-settings';
import { mailEnabled } from '@/lib/mail/config';
import { AlertThresholdsForm } from './alert-form';
import { getAlertThresholds } from '@/lib/settings/alert-thresholds';

export const metadata: Metadata = { title: 'Cài đặt' };

export default async function SettingsPage() {
  const actor = await requirePageActor('settings.manage', undefined, '/quan-tri/cai-dat');
  const [retention, thresholds] = await Promise.all([getRetentionSetting(actor), getAlertThresholds(actor)]);
  const reminders = await readReminderPolicy();
  return (
    <>
      <PageHeader title="Cài đặt" />
      <RetentionForm days={retention.days} bounds={RETENTION_BOUNDS} />
      <div className="card mt-4 max-w-xl text-sm text-slate-700">
        <p>
          Họ tên, năm sinh, số điện thoại, mã băm số điện thoại và số CCCD/CMND của mỗi lượt kiểm tra được xoá tự động mỗi giờ khi quá thời
          hạn trên (lệnh <code>npm run data:purge</code> chạy ngay). Số lượt và thống kê vẫn giữ nguyên. Số CCCD/CMND không bao giờ được lưu
          dạng đọc được.
        </p>
        <p className="mt-2 text-slate-600">
          {retention.isDefault ? 'Đang dùng giá trị mặc định.' : `Cập nhật lần cuối: ${formatDateTime(retention.updatedAt)}.`}
        </p>
      </div>
      <ReminderForm policy={reminders} mailOn={mailEnabled()} />
      <AlertThresholdsForm values={thresholds.values} />
    </>
  );
}
