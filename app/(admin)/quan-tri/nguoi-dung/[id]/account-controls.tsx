'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field } from '@/components/ui/field';
import { resetPasswordAction, setUserDisabledAction } from '../actions';

export function AccountControls({ id, disabled }: { id: string; disabled: boolean }) {
  const [disableState, disableAction] = useActionState(setUserDisabledAction, initialActionState);
  const [resetState, resetAction] = useActionState(resetPasswordAction, initialActionState);
  return (
    <div className="space-y-4">
      <form action={disableAction} className="card">
        <h2>{disabled ? 'Mở khoá tài khoản' : 'Khoá tài khoản'}</h2>
        <p className="my-2 text-sm text-slate-600">
          {disabled ? 'Cho phép tài khoản đăng nhập trở lại.' : 'Tài khoản bị khoá không đăng nhập được; phiên đang mở kết thúc ngay ở lần truy cập tiếp theo.'}
        </p>
        <FormMessage state={disableState} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
        <div className="mt-2">
          <SubmitButton variant={disabled ? 'secondary' : 'danger'}>{disabled ? 'Mở khoá' : 'Khoá tài khoản'}</SubmitButton>
        </div>
      </form>
      <form action={resetAction} className="card">
        <h2>Đặt lại mật khẩu</h2>
        <div className="mt-2">
          <FormMessage state={resetState} />
        </div>
        <input type="hidden" name="id" value={id} />
        <div className="mt-2">
          <Field id="reset-password" label="Mật khẩu mới" errors={resetState.errors?.password} required>
            {(p) => <input {...p} name="password" type="password" className="input" autoComplete="new-password" />}
          </Field>
        </div>
        <SubmitButton variant="secondary">Đặt mật khẩu mới</SubmitButton>
      </form>
    </div>
  );
}
