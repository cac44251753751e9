/** What every server action returns to `useActionState`. */
export interface ActionState {
  ok: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  /** The submitted values, so the form can show them again after a refusal. */
  values?: Record<string, string>;
}

export const initialActionState: ActionState = { ok: false };
