'use client';
import type { ActionState } from '@/lib/actions/state';
import { ActionForm } from '@/components/ui/action-form';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ConfirmIncomingButton({ action, receiptId }: { action: Action; receiptId: string }) {
  const form = useActionForm(action);
  return (
    <ActionForm form={form} className="space-y-2">
      <input type="hidden" name="id" value={receiptId} />
      <FormMessage state={form.state} />
      <SubmitButton pendingText="Đang xác nhận…">Xác nhận đã nhận</SubmitButton>
    </ActionForm>
  );
}
