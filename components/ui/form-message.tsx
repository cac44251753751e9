import type { ActionState } from '@/lib/actions/state';

/** The form's overall outcome, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
