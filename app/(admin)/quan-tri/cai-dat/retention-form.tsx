'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { setRetentionAction } from './actions';

export function RetentionForm({ days, bounds }: { days: number; bounds: { min: number; max: number } }) {
  const form = useActionForm(setRetentionAction, { days });
  return (
    <ActionForm form={form} className="card max-w-xl" noValidate>
      <h2 className="mb-3">Thời hạn lưu dữ liệu cá nhân</h2>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      <Field name="days" label="Số ngày lưu" required hint={`Từ ${bounds.min} đến ${bounds.max} ngày, tính từ thời điểm kiểm tra. Mặc định 21 ngày.`}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={bounds.min} max={bounds.max} className="input max-w-40" />}
      </Field>
      <SubmitButton>Lưu</SubmitButton>
    </ActionForm>
  );
}
