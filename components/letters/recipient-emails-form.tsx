'use client';
import { useId } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionState } from '@/lib/actions/state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One unit's addresses; a refused value stays in the box with the reason under it. */
export function RecipientEmailsForm({ action, recipientKey, recipientName, emails }: { action: Action; recipientKey: string; recipientName: string; emails: string[] }) {
  const form = useActionForm(action, { emails: emails.join(', ') });
  const id = useId();
  const errors = form.state.ok ? [] : (form.state.errors?.emails ?? []);
  return (
    <ActionForm form={form} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <input type="hidden" name="recipientKey" value={recipientKey} />
      <div className="flex-1">
        <label htmlFor={id} className="block text-sm font-medium">{recipientName}</label>
        <input
          id={id} name="emails" type="text" inputMode="email" autoComplete="off" className="input w-full"
          defaultValue={form.value('emails')} placeholder="vanthu@…, lanhdao@…"
          aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-error` : undefined}
        />
        {errors.length ? <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-accent-600">{errors.join(' ')}</p> : null}
      </div>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">Lưu</SubmitButton>
      {form.state.ok || !errors.length ? <FormMessage state={form.state} /> : null}
    </ActionForm>
  );
}
