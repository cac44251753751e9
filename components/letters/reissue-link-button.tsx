'use client';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { IssuedLinks } from './issued-links';
import type { LinksState } from './send-state';

type Action = (state: LinksState, formData: FormData) => Promise<LinksState>;

/** Replaces one recipient's lost or leaked link; the new link and QR show here, once. */
export function ReissueLinkButton({ action, receiptId, recipientName }: { action: Action; receiptId: string; recipientName: string }) {
  const { state, formAction } = useActionForm(action);
  return (
    <form
      action={formAction}
      onSubmit={(e) => { if (!window.confirm(`Cấp liên kết mới cho ${recipientName}? Liên kết cũ sẽ không dùng được nữa.`)) e.preventDefault(); }}
    >
      <input type="hidden" name="id" value={receiptId} />
      <SubmitButton variant="secondary" pendingText="Đang cấp…">Cấp lại liên kết</SubmitButton>
      {state.message && <div className="mt-2"><FormMessage state={state} /></div>}
      {state.ok && state.links && <IssuedLinks links={state.links} title={`Liên kết mới của ${recipientName}`} />}
    </form>
  );
}
