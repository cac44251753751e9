'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface ContactFormValues {
  id: string;
  kind: string;
  name: string;
  title: string | null;
  unit: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  position: number;
}

export function ContactForm({ action, contact }: { action: Action; contact?: ContactFormValues }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.values ?? {};
  const err = state.errors ?? {};
  const value = (key: keyof ContactFormValues) => v[key] ?? String(contact?.[key] ?? '');
  const text = (key: keyof ContactFormValues, label: string, extra: Record<string, string> = {}, hint?: string, required = false) => (
    <Field id={key} label={label} errors={err[key]} hint={hint} required={required}>
      {(p) => <input {...p} name={key} className="input" defaultValue={value(key)} {...extra} />}
    </Field>
  );
  return (
    <form action={formAction} className="card max-w-2xl" noValidate>
      <FormMessage state={state} />
      <div className="mt-4" />
      {contact && <input type="hidden" name="id" value={contact.id} />}
      <Field id="kind" label="Loại" required errors={err.kind}>
        {(p) => (
          <select {...p} name="kind" className="input" defaultValue={value('kind') || 'agency'}>
            <option value="agency">Cơ quan, đơn vị</option>
            <option value="person">Cá nhân</option>
          </select>
        )}
      </Field>
      {text('name', 'Tên', {}, 'Cơ quan: tên đầy đủ. Cá nhân: có thể kèm “Ông/Bà”.', true)}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {text('title', 'Chức vụ')}
        {text('unit', 'Đơn vị')}
        {text('phone', 'Điện thoại', { type: 'tel', inputMode: 'tel' }, 'Cần điện thoại hoặc email.')}
        {text('email', 'Email', { type: 'email' })}
      </div>
      {text('address', 'Địa chỉ')}
      {text('notes', 'Ghi chú')}
      {text('position', 'Thứ tự hiển thị', { inputMode: 'numeric' }, 'Số nhỏ hiện trước (0–9999). Hai đầu mối của công văn luôn đứng đầu.')}
      <SubmitButton>{contact ? 'Lưu thay đổi' : 'Thêm liên hệ'}</SubmitButton>
    </form>
  );
}
