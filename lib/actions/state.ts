/** A submitted value as echoed back: lists (checkbox groups, `name[]`) stay lists. */
export type EchoedValue = string | string[];

/** What every server action returns to `useActionState`. */
export interface ActionState {
  ok: boolean;
  message?: string;
  /** Where to go from a success: the rows an import wrote, the record just made. */
  rowLinks?: { href: string; label: string }[];
  errors?: Record<string, string[]>;
  /** The submitted values, so the form can show them again after a refusal. */
  values?: Record<string, EchoedValue>;
  /**
   * Counts the answers: the form's `key` changes with it, so after React resets the form the
   * fields remount from `values` (a reset `<select>` would otherwise fall back to its first option).
   */
  attempt?: number;
}

export const nextAttempt = (previous: ActionState | undefined) => (previous?.attempt ?? 0) + 1;
