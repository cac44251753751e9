'use client';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { resetPasswordAction, setUserDisabledAction } from '../actions';

export function AccountControls({ id, disabled }: { id: string; disabled: boolean }) {
  const disableForm = useActionForm(setUserDisabledAction);
  const resetForm = useActionForm(resetPasswordAction);
  return (
    <div className="space-y-4">
      <ActionForm form={disableForm} className="card">
        <h2>{disabled ? 'Mở khoá tài khoản' : 'Khoá tài khoản'}</h2>
        <p className="my-2 text-sm text-slate-600">
          {disabled ? 'Cho phép tài khoản đăng nhập trở lại.' : 'Tài khoản bị khoá không đăng nhập được; phiên đang mở kết thúc ngay ở lần truy cập tiếp theo.'}
        </p>
        <FormMessage state={disableForm.state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
        <div className="mt-2">
          {disabled ? (
            <SubmitButton variant="secondary">Mở khoá</SubmitButton>
          ) : (
            <ConfirmSubmit
              label="Khoá tài khoản" title="Khoá tài khoản này?" confirmLabel="Khoá tài khoản"
              consequence={<p>Người dùng bị đăng xuất ngay và không đăng nhập được nữa, kể cả trên bàn kiểm soát chốt, cho đến khi được mở khoá ở trang này.</p>}
            />
          )}
        </div>
      </ActionForm>
      <ActionForm form={resetForm} className="card">
        <h2>Đặt lại mật khẩu</h2>
        <div className="mt-2">
          <FormMessage state={resetForm.state} />
        </div>
        <input type="hidden" name="id" value={id} />
        <div className="mt-2">
          <Field name="password" id="reset-password" label="Mật khẩu mới" required>
            {(p) => <input {...p} type="password" className="input" autoComplete="new-password" />}
          </Field>
        </div>
        <SubmitButton variant="secondary">Đặt mật khẩu mới</SubmitButton>
      </ActionForm>
    </div>
  );
}
