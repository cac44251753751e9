'use client';
import { useCallback, type ComponentProps } from 'react';
import { useBoundForm } from './action-form';

/**
 * A file input bound to its `ActionForm`. A browser never lets a page refill a file input from
 * the server, so after a refusal it puts back the file(s) the user chose (kept in the form's
 * memory) and names them, instead of silently dropping them.
 */
export function FileInput({ name, onChange, ...props }: Omit<ComponentProps<'input'>, 'type' | 'value' | 'defaultValue' | 'name'> & { name: string }) {
  const form = useBoundForm('FileInput');
  const submitted = form.refused ? form.list(name) : [];
  const { files, refused, formKey } = form;
  const restore = useCallback(
    (input: HTMLInputElement | null) => {
      const kept = files.get(name);
      if (!input || !refused || !kept?.length || input.files?.length) return;
      const transfer = new DataTransfer();
      for (const file of kept) transfer.items.add(file);
      input.files = transfer.files;
    },
    // A new answer (formKey) is a new input to refill.
    [files, formKey, refused, name],
  );
  return (
    <>
      <input
        {...props}
        ref={restore}
        type="file"
        name={name}
        onChange={(event) => {
          files.set(name, [...(event.currentTarget.files ?? [])]);
          onChange?.(event);
        }}
      />
      {submitted.length > 0 && (
        <p className="mt-1 text-xs text-slate-700" data-testid={`${name}-kept`}>
          Tệp đã chọn: {submitted.join(', ')}
        </p>
      )}
    </>
  );
}
