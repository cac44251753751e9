'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { SubmitButton } from '@/components/ui/submit-button';
import { toggleSignerAction } from './actions';

/** Disable (no longer trusted by the server or, after their next refresh, the consoles) or enable again. */
export function ToggleButton({ id, enabled, kid }: { id: string; enabled: boolean; kid: string }) {
  const [state, action] = useActionState(toggleSignerAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <span className="sr-only">{kid}</span>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">{enabled ? 'Tắt' : 'Bật lại'}</SubmitButton>
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
