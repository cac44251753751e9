'use client';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionState } from '@/lib/actions/state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "Gửi lại e-mail" for one recipient: a new delivery of the same personal link, after a dialog. */
export function ResendMailButton({ action, receiptId, recipientName }: { action: Action; receiptId: string; recipientName: string }) {
  const form = useActionForm(action);
  return (
    <ActionForm form={form} className="mt-2">
      <input type="hidden" name="id" value={receiptId} />
      <ConfirmSubmit
        label="Gửi lại e-mail" variant="secondary" title={`Gửi lại e-mail cho ${recipientName}?`} confirmLabel="Gửi lại" pendingText="Đang xếp hàng…"
        consequence={<p>Đơn vị nhận thêm một e-mail với đúng liên kết riêng hiện tại (liên kết không đổi).</p>}
      />
      <div className="mt-2"><FormMessage state={form.state} /></div>
    </ActionForm>
  );
}

/** "Nhắc ngay" every recipient of the letter that has not confirmed. */
export function RemindAllButton({ action, materialId, pending }: { action: Action; materialId: string; pending: number }) {
  const form = useActionForm(action);
  return (
    <ActionForm form={form}>
      <input type="hidden" name="materialId" value={materialId} />
      <ConfirmSubmit
        label="Nhắc ngay các đơn vị chưa xác nhận" variant="secondary" title="Gửi e-mail nhắc ngay?" confirmLabel="Gửi nhắc" pendingText="Đang xếp hàng…"
        consequence={<p>{pending} đơn vị chưa xác nhận (có địa chỉ e-mail) nhận một e-mail nhắc kèm liên kết riêng của mình. Lần nhắc này được tính vào số lần nhắc tối đa.</p>}
      />
      <div className="mt-2"><FormMessage state={form.state} /></div>
    </ActionForm>
  );
}
