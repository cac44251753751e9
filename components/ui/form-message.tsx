'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions/state';

/**
 * The form's overall outcome, announced to screen readers. A success ("Đã lưu") belongs to the
 * moment it answered: it goes away when the user edits this form again or submits any form on
 * the page, so it never appears to confirm a later action. Errors stay until the next answer.
 */
export function FormMessage({ state }: { state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState<ActionState | null>(null);
  const showSuccess = !!state.ok && !!state.message && dismissed !== state;

  useEffect(() => {
    if (!showSuccess) return;
    const own = ref.current?.closest('form') ?? null;
    const dismiss = () => setDismissed(state);
    const onInput = (e: Event) => { if (own && own.contains(e.target as Node)) dismiss(); };
    document.addEventListener('submit', dismiss, true);
    document.addEventListener('input', onInput, true);
    return () => {
      document.removeEventListener('submit', dismiss, true);
      document.removeEventListener('input', onInput, true);
    };
  }, [showSuccess, state]);

  if (!state.message) return null;
  if (state.ok) {
    return showSuccess ? (
      <div ref={ref} className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
        <p role="status">{state.message}</p>
        {!!state.rowLinks?.length && (
          <ul className="mt-1 max-h-60 list-disc space-y-1 overflow-auto pl-5" aria-label="Các mục vừa ghi">
            {state.rowLinks.map((l) => <li key={l.href + l.label}><Link href={l.href} className="inline-flex min-h-11 items-center underline">{l.label}</Link></li>)}
          </ul>
        )}
      </div>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
