'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ConfirmIncomingButton({ action, receiptId }: { action: Action; receiptId: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={receiptId} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang xác nhận…">Xác nhận đã nhận</SubmitButton>
    </form>
  );
}
