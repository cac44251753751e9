import type { ComponentProps } from 'react';

/**
 * A native select that cannot be controlled: its props type has no `value`, so it always shows
 * the form's own value (`defaultValue`, passed by a bound `Field`) and survives a form reset.
 * `placeholder` is an empty first option: a select never starts on a meaningful choice by accident.
 */
export type SelectProps = Omit<ComponentProps<'select'>, 'value' | 'defaultValue' | 'name' | 'multiple'> & {
  name: string;
  defaultValue: string;
  placeholder?: string;
};

export function Select({ placeholder, children, className = 'input', ...props }: SelectProps) {
  return (
    <select {...props} className={className}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {children}
    </select>
  );
}

export const CHOOSE = '— Chọn —';
