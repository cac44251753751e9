import type { ReactNode } from 'react';

/**
 * A labelled control with its hint and errors wired by id, so screen readers read all three.
 * The control is rendered by `children(props)` to keep native inputs and selects.
 */
export function Field({ id, label, hint, errors, required, children }: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; required?: boolean }) => ReactNode;
}) {
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="label">
        {label}
        {required && <span className="text-accent-600" aria-hidden="true"> *</span>}
      </label>
      {children({ id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-accent-600">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
