'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { setRetentionAction } from './actions';

export function RetentionForm({ days, bounds }: { days: number; bounds: { min: number; max: number } }) {
  const [state, action] = useActionState(setRetentionAction, initialActionState);
  return (
    <form action={action} className="card max-w-xl" noValidate>
      <h2 className="mb-3">Thời hạn lưu dữ liệu cá nhân</h2>
      <FormMessage state={state} />
      <div className="mt-3" />
      <Field
        id="days"
        label="Số ngày lưu"
        required
        errors={state.errors?.days}
        hint={`Từ ${bounds.min} đến ${bounds.max} ngày, tính từ thời điểm kiểm tra. Mặc định 21 ngày.`}
      >
        {(p) => <input {...p} name="days" type="number" inputMode="numeric" min={bounds.min} max={bounds.max} className="input max-w-40" defaultValue={state.values?.days ?? String(days)} />}
      </Field>
      <SubmitButton>Lưu</SubmitButton>
    </form>
  );
}
