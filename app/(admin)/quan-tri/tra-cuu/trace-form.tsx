'use client';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { traceAction } from './actions';
import { TraceResults } from './trace-results';
import type { TraceState } from './trace-state';

const initial: TraceState = { ok: false };

export function TraceForm() {
  const [state, action] = useActionState(traceAction, initial);
  const v = state.values ?? {};
  const err = state.errors ?? {};
  return (
    <>
      <form action={action} className="card mb-6 max-w-2xl" noValidate>
        {!state.ok && <FormMessage state={state} />}
        <fieldset className="mb-4 mt-3">
          <legend className="label">Tra theo</legend>
          <div className="flex flex-wrap gap-x-6">
            <label className="flex min-h-11 items-center gap-2"><input type="radio" name="kind" value="phone" defaultChecked={(v.kind ?? 'phone') === 'phone'} className="size-5" /> Số điện thoại</label>
            <label className="flex min-h-11 items-center gap-2"><input type="radio" name="kind" value="id_number" defaultChecked={v.kind === 'id_number'} className="size-5" /> Số CCCD/CMND</label>
          </div>
          {err.kind && <p className="mt-1 text-sm text-accent-600">{err.kind.join(' ')}</p>}
        </fieldset>
        <Field id="value" label="Số cần tra" required errors={err.value}>
          {(p) => <input {...p} name="value" inputMode="tel" autoComplete="off" className="input" defaultValue={v.value ?? ''} />}
        </Field>
        <Field id="reason" label="Lý do tra cứu" required errors={err.reason} hint="Ghi vào nhật ký thao tác cùng tên người tra cứu.">
          {(p) => <textarea {...p} name="reason" rows={2} className="input" defaultValue={v.reason ?? ''} />}
        </Field>
        <SubmitButton pendingText="Đang tra cứu…">Tra cứu</SubmitButton>
      </form>
      <div aria-live="polite">{state.ok && state.result && <TraceResults result={state.result} />}</div>
    </>
  );
}
