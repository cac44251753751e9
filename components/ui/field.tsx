import type { ReactNode } from 'react';
import { useEnclosingForm } from './action-form';

type ControlProps = { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; required?: boolean };
/** A named field inside an `ActionForm` hands its control the name and the value to show. */
export type BoundControlProps = ControlProps & { name: string; defaultValue: string };

type Common = { label: string; hint?: string; required?: boolean; errors?: string[] };
type BoundProps = Common & { name: string; id?: string; children: (props: BoundControlProps) => ReactNode };
type PlainProps = Common & { id: string; name?: undefined; children: (props: ControlProps) => ReactNode };

/**
 * A labelled control with its hint and errors wired by id, so screen readers read all three.
 * The control is rendered by `children(props)` to keep native inputs and selects. Given a `name`,
 * the field is bound to its `ActionForm`: it passes `name` and `defaultValue` (what was submitted,
 * else what is saved) and shows that field's errors, so no form can forget either.
 */
export function Field(props: BoundProps): ReactNode;
export function Field(props: PlainProps): ReactNode;
export function Field({ id, name, label, hint, errors, required, children }: BoundProps | PlainProps) {
  const form = useEnclosingForm();
  if (name !== undefined && !form) throw new Error(`Field “${name}” must be inside an ActionForm.`);
  const fieldId = id ?? name!;
  const shown = errors ?? (name !== undefined ? form?.errors(name) : undefined);
  const describedBy = [hint && `${fieldId}-hint`, shown?.length && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = { id: fieldId, 'aria-invalid': shown?.length ? true : undefined, 'aria-describedby': describedBy, required };
  return (
    <div className="mb-4">
      <label htmlFor={fieldId} className="label">
        {label}
        {required && <span className="text-accent-600" aria-hidden="true"> *</span>}
      </label>
      {name !== undefined
        ? (children as BoundProps['children'])({ ...control, name, defaultValue: form!.value(name) })
        : (children as PlainProps['children'])(control)}
      {hint && (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {shown?.length ? (
        <p id={`${fieldId}-error`} className="mt-1 text-sm text-accent-600">
          {shown.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
