'use client';
import { useActionState, useRef, useState } from 'react';
import type { ActionState } from '@/lib/actions/state';

/** What a form shows before any answer: the record being edited, or the defaults of a blank form. */
type SavedValue = string | number | boolean | null | undefined | readonly string[];
type SavedValues = Record<string, SavedValue>;

type Action<S extends ActionState> = (state: S, formData: FormData) => Promise<S>;

const asList = (v: SavedValue): string[] => {
  if (Array.isArray(v)) return [...v];
  if (v === true) return ['on'];
  if (v === false || v == null || v === '') return [];
  return [String(v)];
};

/**
 * The one way to wire a form to a server action. Every field renders from one source,
 * `state.values ?? saved` (what was submitted, else what is saved), and the `<form>` takes
 * `formKey`, which changes with each answer: React resets a form after its action, and a reset
 * `<select>` falls back to its first option; remounting brings every field back from that source.
 */
export function useActionForm<S extends ActionState>(action: Action<S>, saved: object = {}, initial?: S) {
  const [state, formAction] = useActionState<S, FormData>(action, (initial ?? { ok: false }) as Awaited<S>);
  const source = (state.values ?? saved) as SavedValues;
  // Files cannot come back from the server: remember the chosen ones to put back after a refusal.
  const files = useRef(new Map<string, File[]>()).current;
  const list = (name: string) => asList(source[name]);
  return {
    state,
    formAction,
    formKey: String(state.attempt ?? 0),
    /** True when the fields show a submission the server refused (not the saved record). */
    refused: !!state.values && !state.ok,
    value: (name: string) => list(name)[0] ?? '',
    list,
    checked: (name: string, option = 'on') => list(name).includes(option),
    errors: (name: string) => state.errors?.[name],
    files,
  };
}

export type ActionFormApi = ReturnType<typeof useActionForm>;

/**
 * State that follows a field while the user edits (a role that shows the district, a district
 * that filters checkpoints) and starts again from the form's values with each answer.
 */
export function useFieldState<T>(form: Pick<ActionFormApi, 'formKey'>, initial: () => T): [T, (next: T) => void] {
  const [live, setLive] = useState(() => ({ key: form.formKey, value: initial() }));
  if (live.key !== form.formKey) {
    const fresh = { key: form.formKey, value: initial() };
    setLive(fresh);
    return [fresh.value, (value) => setLive({ key: form.formKey, value })];
  }
  return [live.value, (value) => setLive({ key: form.formKey, value })];
}
