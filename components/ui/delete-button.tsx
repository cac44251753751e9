'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A one-button form that deletes `id` after the browser's confirmation prompt. */
export function DeleteButton({ action, id, label, confirmText }: { action: Action; id: string; label: string; confirmText: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} onSubmit={(e) => { if (!window.confirm(confirmText)) e.preventDefault(); }} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger">{label}</SubmitButton>
    </form>
  );
}
