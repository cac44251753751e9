'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { AlertThresholds } from '@/lib/settings/alert-thresholds';
import { setAlertThresholdsAction } from './actions';

const FIELDS: { name: keyof AlertThresholds; label: string; hint: string; min: number; max: number }[] = [
  { name: 'silentHours', label: 'Số giờ im lặng', hint: 'Số giờ thường hoạt động trôi qua hôm nay không có lượt nào thì báo chốt im lặng (1–12, mặc định 3).', min: 1, max: 12 },
  { name: 'usualDays', label: 'Giờ thường hoạt động: số ngày', hint: 'Một giờ là giờ thường hoạt động nếu có kiểm tra ở ít nhất bấy nhiêu trong 14 ngày trước (1–14, mặc định 4).', min: 1, max: 14 },
  { name: 'invalidPoints', label: 'Tỉ lệ không hợp lệ tăng (điểm %)', hint: 'Báo khi tỉ lệ không hợp lệ hôm nay cao hơn 14 ngày trước từ bấy nhiêu điểm phần trăm (mặc định 20).', min: 1, max: 100 },
  { name: 'invalidMinChecks', label: 'Số lượt tối thiểu để so sánh', hint: 'Cần ít nhất bấy nhiêu lượt hôm nay và trong 14 ngày trước (mặc định 20).', min: 1, max: 10_000 },
  { name: 'trustMaxAgeDays', label: 'Danh sách tin cậy cũ sau (ngày)', hint: 'Báo khi danh sách tin cậy không thay đổi quá bấy nhiêu ngày (mặc định 30).', min: 1, max: 365 },
];

export function AlertThresholdsForm({ values }: { values: AlertThresholds }) {
  const form = useActionForm(setAlertThresholdsAction, values);
  return (
    <ActionForm form={form} className="card mt-4 max-w-xl" noValidate>
      <h2 id="canh-bao" className="mb-3">Ngưỡng cảnh báo</h2>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      {FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} required hint={f.hint}>
          {(p) => <input {...p} type="number" inputMode="numeric" min={f.min} max={f.max} className="input max-w-40" />}
        </Field>
      ))}
      <SubmitButton>Lưu ngưỡng</SubmitButton>
    </ActionForm>
  );
}
