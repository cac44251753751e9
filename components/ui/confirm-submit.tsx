'use client';
import { useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';
import { SubmitButton } from './submit-button';
import { useEnclosingForm } from './action-form';

/**
 * A submit button for what cannot be undone: it first opens a modal `<dialog>` that says the
 * consequence (focus moves into it, Esc or “Huỷ” closes it); only its confirm button submits,
 * carrying `confirmed=yes` (or the given name/value), which the server action requires.
 */
export function ConfirmSubmit({ label, title, consequence, confirmLabel, variant = 'danger', name = 'confirmed', value = 'yes', pendingText, showErrors = true }: {
  label: ReactNode;
  title: string;
  consequence: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  pendingText?: string;
  /** False where several forms share one answer: only the submitted one shows its refusal. */
  showErrors?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const form = useEnclosingForm();
  const errors = showErrors ? form?.errors(name) : undefined;
  return (
    <>
      <Button type="button" variant={variant} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      {errors?.length ? <p role="alert" className="mt-1 text-sm text-accent-600">{errors.join(' ')}</p> : null}
      <dialog
        ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}
        className="m-auto max-w-md rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={`${id}-title`} className="text-lg">{title}</h2>
        <div id={`${id}-text`} className="mt-2 space-y-2 text-sm text-slate-800">{consequence}</div>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          {/* Cancel first and focused: Enter on an opened dialog must not do the irreversible thing. */}
          <Button type="button" variant="secondary" autoFocus onClick={() => dialog.current?.close()}>Huỷ</Button>
          <SubmitButton variant={variant} name={name} value={value} pendingText={pendingText}>{confirmLabel}</SubmitButton>
        </div>
      </dialog>
    </>
  );
}
