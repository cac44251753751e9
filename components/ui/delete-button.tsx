'use client';
import type { ActionState } from '@/lib/actions/state';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A one-button form that deletes `id` once the user confirms in a dialog: deleting cannot be undone. */
export function DeleteButton({ action, id, label, confirmText }: { action: Action; id: string; label: string; confirmText: string }) {
  const form = useActionForm(action);
  return (
    <ActionForm form={form} className="space-y-2">
      <FormMessage state={form.state} />
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit label={label} title={confirmText} confirmLabel={label} consequence={<p>Không thể hoàn tác.</p>} />
    </ActionForm>
  );
}
