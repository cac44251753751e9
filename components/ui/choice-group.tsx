'use client';
import type { ReactNode } from 'react';
import { useBoundForm } from './action-form';

type Option = readonly [value: string, label: ReactNode];

/**
 * A fieldset of checkboxes (posted as `name[]`) or radios bound to its `ActionForm`: each box
 * starts from what was submitted, else what is saved. Each row is a 44 px target.
 */
export function ChoiceGroup({ type, name, legend, options, required, hint, columns = true, className = 'mb-4', listClassName }: {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: readonly Option[];
  required?: boolean;
  hint?: ReactNode;
  columns?: boolean;
  className?: string;
  listClassName?: string;
}) {
  const form = useBoundForm('ChoiceGroup');
  const errors = form.errors(name);
  const chosen = form.list(name);
  const describedBy = [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={className} aria-describedby={describedBy}>
      <legend className="label">
        {legend}
        {required && <span className="text-accent-600" aria-hidden="true"> *</span>}
      </legend>
      {hint && <p id={`${name}-hint`} className="mb-1 text-xs text-slate-600">{hint}</p>}
      <div className={listClassName ?? (columns ? 'grid gap-x-4 sm:grid-cols-2' : 'flex flex-wrap gap-x-6')}>
        {options.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type={type} name={type === 'checkbox' ? `${name}[]` : name} value={value} className="size-5 shrink-0"
              defaultChecked={chosen.includes(value)} aria-invalid={errors?.length ? true : undefined}
            />
            {label}
          </label>
        ))}
      </div>
      {errors?.length ? <p id={`${name}-error`} className="mt-1 text-sm text-accent-600">{errors.join(' ')}</p> : null}
    </fieldset>
  );
}

/** One checkbox posted as `name=on` when ticked, bound to its `ActionForm`. */
export function Checkbox({ name, children }: { name: string; children: ReactNode }) {
  const form = useBoundForm('Checkbox');
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input type="checkbox" name={name} defaultChecked={form.checked(name)} className="size-5" />
      {children}
    </label>
  );
}
