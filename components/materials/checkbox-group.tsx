/** A fieldset of checkboxes posted as `name[]`, each row a 44 px target. */
export function CheckboxGroup({ name, legend, options, checked, errors }: {
  name: string;
  legend: string;
  options: readonly (readonly [string, string])[];
  checked: Set<string>;
  errors?: string[];
}) {
  return (
    <fieldset className="mb-4" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="label">{legend}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {options.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name={`${name}[]`} value={value} defaultChecked={checked.has(value)} className="size-5" />
            {label}
          </label>
        ))}
      </div>
      {errors?.length ? <p id={`${name}-error`} className="mt-1 text-sm text-accent-600">{errors.join(' ')}</p> : null}
    </fieldset>
  );
}
