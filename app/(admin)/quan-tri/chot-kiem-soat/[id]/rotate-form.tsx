'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { rotatePosterAction } from '../actions';

/** First issue, or rotation behind an explicit confirmation: rotation voids every printed poster. */
export function RotateForm({ id, version }: { id: string; version: number }) {
  const [state, action] = useActionState(rotatePosterAction, initialActionState);
  return (
    <form action={action} className="space-y-2 border-t border-slate-200 pt-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      {version > 0 ? (
        <>
          <h3 className="font-semibold">Đổi mã QR (thu hồi mã cũ)</h3>
          <p className="text-sm text-slate-700">
            Dùng khi áp phích bị sao chép, dán sai chỗ hoặc mã nhập tay bị lộ. Mã QR và mã nhập tay đang dán ngừng hoạt động ngay.
          </p>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="confirm" className="size-5" aria-describedby={state.errors?.confirm ? 'confirm-error' : undefined} />
            Tôi hiểu áp phích đang dán sẽ ngừng hoạt động và cần in áp phích mới.
          </label>
          {state.errors?.confirm && <p id="confirm-error" className="text-sm text-accent-600">{state.errors.confirm.join(' ')}</p>}
          <SubmitButton variant="danger">Đổi mã QR</SubmitButton>
        </>
      ) : (
        <SubmitButton>Tạo mã QR địa điểm</SubmitButton>
      )}
    </form>
  );
}
