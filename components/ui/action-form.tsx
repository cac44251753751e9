'use client';
import { createContext, useContext, type ComponentProps } from 'react';
import type { ActionFormApi } from './use-action-form';

const FormContext = createContext<ActionFormApi | null>(null);

/** The form of `useActionForm`: keyed by the answer, so it remounts with what was submitted. */
export function ActionForm({ form, children, ...props }: Omit<ComponentProps<'form'>, 'action'> & { form: ActionFormApi }) {
  return (
    <FormContext.Provider value={form}>
      <form {...props} key={form.formKey} action={form.formAction}>
        {children}
      </form>
    </FormContext.Provider>
  );
}

/** The enclosing `ActionForm`'s values and errors (null outside one, e.g. the citizen's form). */
export function useEnclosingForm(): ActionFormApi | null {
  return useContext(FormContext);
}

/** Bound fields (named ones) read their value from the enclosing `ActionForm` and need one. */
export function useBoundForm(component: string): ActionFormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error(`${component} must be inside an ActionForm.`);
  return form;
}
