'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { subscribeAction } from './actions';

export function SubscribeForm() {
  const form = useActionForm(subscribeAction);
  return (
    <ActionForm form={form} className="card max-w-xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      <Field name="email" label="Địa chỉ e-mail" required hint="Chỉ dùng để gửi thư báo tài liệu mới; mỗi thư có liên kết huỷ một lần bấm, huỷ là xoá địa chỉ.">
        {(p) => <input {...p} type="email" inputMode="email" autoComplete="email" maxLength={254} className="input w-full" />}
      </Field>
      <SubmitButton pendingText="Đang gửi…">Đăng ký</SubmitButton>
    </ActionForm>
  );
}
