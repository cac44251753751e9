'use client';
import type { ActionState } from '@/lib/actions/state';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The recipient's link: who confirms (prefilled for a signed-in user of that district) and their title. */
export function ReceiptConfirmForm({ action, recipientName, userName }: { action: Action; recipientName: string; userName?: string }) {
  const form = useActionForm(action, { confirmerName: userName ?? '', confirmerTitle: '' });
  return (
    <ActionForm form={form} noValidate>
      <h2>Xác nhận đã nhận văn bản</h2>
      <p className="my-2 text-sm text-slate-700">
        Bấm nút dưới đây để báo cho Sở TT&TT biết {recipientName} đã nhận được văn bản. Chỉ cần xác nhận một lần.
      </p>
      <FormMessage state={form.state} />
      <div className="mt-3" />
      <Field name="confirmerName" label="Họ và tên người xác nhận" required>
        {(p) => <input {...p} className="input w-full" maxLength={120} autoComplete="name" />}
      </Field>
      <Field name="confirmerTitle" label="Chức vụ" required>
        {(p) => <input {...p} className="input w-full" maxLength={120} autoComplete="organization-title" placeholder="Ví dụ: Chánh Văn phòng UBND huyện" />}
      </Field>
      <SubmitButton pendingText="Đang gửi xác nhận…">Xác nhận đã nhận</SubmitButton>
    </ActionForm>
  );
}
