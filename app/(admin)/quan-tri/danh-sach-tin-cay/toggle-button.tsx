'use client';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { toggleSignerAction } from './actions';

/** Disable (no longer trusted by the server or, after their next refresh, the consoles) or enable again. */
export function ToggleButton({ id, enabled, kid }: { id: string; enabled: boolean; kid: string }) {
  const form = useActionForm(toggleSignerAction);
  const { state } = form;
  return (
    <ActionForm form={form}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <span className="sr-only">{kid}</span>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">{enabled ? 'Tắt' : 'Bật lại'}</SubmitButton>
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.message}
        </p>
      )}
    </ActionForm>
  );
}
