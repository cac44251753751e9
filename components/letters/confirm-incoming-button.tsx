'use client';
import type { ActionState } from '@/lib/actions/state';
import { ActionForm } from '@/components/ui/action-form';
import { FormMessage } from '@/components/ui/form-message';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The district user confirms, naming who confirms (their own name prefilled) and their title. */
export function ConfirmIncomingButton({ action, receiptId, userName }: { action: Action; receiptId: string; userName?: string }) {
  const form = useActionForm(action, { confirmerName: userName ?? '', confirmerTitle: '' });
  return (
    <ActionForm form={form} className="space-y-2">
      <input type="hidden" name="id" value={receiptId} />
      <FormMessage state={form.state} />
      <Field name="confirmerName" id={`confirmerName-${receiptId}`} label="Họ và tên người xác nhận" required>
        {(p) => <input {...p} className="input w-full" maxLength={120} autoComplete="name" />}
      </Field>
      <Field name="confirmerTitle" id={`confirmerTitle-${receiptId}`} label="Chức vụ" required>
        {(p) => <input {...p} className="input w-full" maxLength={120} autoComplete="organization-title" placeholder="Ví dụ: Chánh Văn phòng" />}
      </Field>
      <SubmitButton pendingText="Đang xác nhận…">Xác nhận đã nhận</SubmitButton>
    </ActionForm>
  );
}
