'use client';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { rotatePosterAction } from '../actions';

/** First issue, or rotation behind an explicit confirmation: rotation voids every printed poster. */
export function RotateForm({ id, version }: { id: string; version: number }) {
  const form = useActionForm(rotatePosterAction);
  return (
    <ActionForm form={form} className="space-y-2 border-t border-slate-200 pt-3">
      <FormMessage state={form.state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      {version > 0 ? (
        <>
          <h3 className="font-semibold">Đổi mã QR (thu hồi mã cũ)</h3>
          <p className="text-sm text-slate-700">
            Dùng khi áp phích bị sao chép, dán sai chỗ hoặc mã nhập tay bị lộ. Mã QR và mã nhập tay đang dán ngừng hoạt động ngay.
          </p>
          <ConfirmSubmit
            label="Đổi mã QR" title="Đổi mã QR của chốt?" confirmLabel="Đổi mã, thu hồi mã cũ" name="confirm" value="on"
            consequence={
              <>
                <p>Mã QR phiên bản {version} và mã nhập tay đang dán sẽ ngừng hoạt động ngay: người dân quét áp phích cũ sẽ bị từ chối.</p>
                <p>Không thể khôi phục mã cũ. Cần in và dán áp phích mới cho chốt.</p>
              </>
            }
          />
        </>
      ) : (
        <SubmitButton>Tạo mã QR địa điểm</SubmitButton>
      )}
    </ActionForm>
  );
}
