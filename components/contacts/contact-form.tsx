'use client';
import type { ActionState } from '@/lib/actions/state';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { CHOOSE, Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';

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
  const form = useActionForm(action, contact);
  const text = (name: keyof ContactFormValues, label: string, extra: Record<string, string> = {}, hint?: string, required = false) => (
    <Field name={name} label={label} hint={hint} required={required}>
      {(p) => <input {...p} className="input" {...extra} />}
    </Field>
  );
  return (
    <ActionForm form={form} className="card max-w-2xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-4" />
      {contact && <input type="hidden" name="id" value={contact.id} />}
      <Field name="kind" label="Loại" required>
        {(p) => (
          <Select {...p} placeholder={CHOOSE}>
            <option value="agency">Cơ quan, đơn vị</option>
            <option value="person">Cá nhân</option>
          </Select>
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
    </ActionForm>
  );
}
