'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { changeOwnPasswordAction } from './actions';

export function PasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, initialActionState);
  const err = state.errors ?? {};
  return (
    <form action={action} className="card max-w-md" noValidate>
      <h2 className="mb-3">Đổi mật khẩu</h2>
      <FormMessage state={state} />
      <div className="mt-3" />
      <Field id="currentPassword" label="Mật khẩu hiện tại" required errors={err.currentPassword}>
        {(p) => <input {...p} name="currentPassword" type="password" className="input" autoComplete="current-password" />}
      </Field>
      <Field id="newPassword" label="Mật khẩu mới" required errors={err.newPassword} hint="Ít nhất 8 ký tự.">
        {(p) => <input {...p} name="newPassword" type="password" className="input" autoComplete="new-password" />}
      </Field>
      <Field id="confirmPassword" label="Nhập lại mật khẩu mới" required errors={err.confirmPassword}>
        {(p) => <input {...p} name="confirmPassword" type="password" className="input" autoComplete="new-password" />}
      </Field>
      <p className="mb-3 text-sm text-slate-600">Sau khi đổi, mọi phiên đăng nhập của bạn (trên mọi thiết bị) sẽ kết thúc.</p>
      <SubmitButton>Đổi mật khẩu</SubmitButton>
    </form>
  );
}
