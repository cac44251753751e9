'use client';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { FileInput } from '@/components/ui/file-input';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { importCheckpointsAction } from '../actions';

const MAX_BYTES = 900 * 1024;

export function ImportForm() {
  const form = useActionForm(importCheckpointsAction);
  const [tooLarge, setTooLarge] = useState(false);
  const rows = form.errors('rows') ?? [];
  const fileErrors = form.errors('file') ?? [];
  return (
    <ActionForm form={form} className="card space-y-3" noValidate>
      <FormMessage state={form.state} />
      <div>
        <label htmlFor="file" className="label">Tệp CSV</label>
        <FileInput
          id="file" name="file" accept=".csv,text/csv" required className="input"
          aria-describedby={fileErrors.length || tooLarge ? 'file-error' : undefined}
          onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
        />
        {(fileErrors.length > 0 || tooLarge) && (
          <p id="file-error" className="mt-1 text-sm text-accent-600">
            {tooLarge ? 'Tệp quá lớn (tối đa 900 KB). Hãy chia thành nhiều tệp.' : fileErrors.join(' ')}
          </p>
        )}
      </div>
      {rows.length > 0 && (
        <div>
          <h2 className="text-base">Các dòng cần sửa ({rows.length})</h2>
          <ul className="mt-1 max-h-96 list-disc space-y-1 overflow-auto pl-5 text-sm text-red-900" data-testid="import-errors">
            {rows.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        </div>
      )}
      {!tooLarge && <SubmitButton pendingText="Đang kiểm tra và nhập…">Kiểm tra và nhập</SubmitButton>}
    </ActionForm>
  );
}
