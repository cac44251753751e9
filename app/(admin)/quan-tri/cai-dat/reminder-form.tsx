'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ReminderPolicy } from '@/lib/letters/reminder-settings';
import { setReminderPolicyAction } from './actions';

/** When unconfirmed letter recipients get an e-mail reminder (working days are Mon–Fri). */
export function ReminderForm({ policy, mailOn }: { policy: ReminderPolicy; mailOn: boolean }) {
  const form = useActionForm(setReminderPolicyAction, policy);
  const number = (min: number, max: number) => (p: object) => <input {...p} type="number" inputMode="numeric" min={min} max={max} className="input max-w-40" />;
  return (
    <ActionForm form={form} className="card mt-4 max-w-xl" noValidate>
      <h2 className="mb-1">Nhắc xác nhận văn bản qua e-mail</h2>
      <p className="mb-3 text-sm text-slate-600">
        Đơn vị chưa bấm “Xác nhận đã nhận” được gửi e-mail nhắc kèm liên kết riêng. Ngày làm việc: thứ Hai đến thứ Sáu.
        {mailOn ? '' : ' E-mail đang tắt (chưa đặt SMTP_URL): cài đặt này chỉ có hiệu lực khi bật e-mail.'}
      </p>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      <Field name="afterWorkingDays" label="Nhắc lần đầu sau (ngày làm việc)" required hint="Từ 1 đến 30, tính từ ngày gửi. Mặc định 3.">{number(1, 30)}</Field>
      <Field name="spacingWorkingDays" label="Các lần nhắc cách nhau (ngày làm việc)" required hint="Từ 1 đến 30. Mặc định 2.">{number(1, 30)}</Field>
      <Field name="maxReminders" label="Số lần nhắc tối đa" required hint="Từ 0 (không nhắc tự động) đến 10. Mặc định 2.">{number(0, 10)}</Field>
      <SubmitButton>Lưu</SubmitButton>
    </ActionForm>
  );
}
