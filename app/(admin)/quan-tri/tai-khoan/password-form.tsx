'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { changeOwnPasswordAction } from './actions';

/** Passwords are never echoed back: after a refusal the three boxes are empty on purpose. */
export function PasswordForm() {
  const form = useActionForm(changeOwnPasswordAction);
  return (
    <ActionForm form={form} className="card max-w-md" noValidate>
      <h2 className="mb-3">Đổi mật khẩu</h2>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      <Field name="currentPassword" label="Mật khẩu hiện tại" required>
        {(p) => <input {...p} type="password" className="input" autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label="Mật khẩu mới" required hint="Ít nhất 8 ký tự.">
        {(p) => <input {...p} type="password" className="input" autoComplete="new-password" />}
      </Field>
      <Field name="confirmPassword" label="Nhập lại mật khẩu mới" required>
        {(p) => <input {...p} type="password" className="input" autoComplete="new-password" />}
      </Field>
      <p className="mb-3 text-sm text-slate-600">Sau khi đổi, mọi phiên đăng nhập của bạn (trên mọi thiết bị) sẽ kết thúc.</p>
      <SubmitButton>Đổi mật khẩu</SubmitButton>
    </ActionForm>
  );
}
