'use client';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { traceAction } from './actions';
import { TraceResults } from './trace-results';

export function TraceForm() {
  const form = useActionForm(traceAction, { kind: 'phone' });
  const { state } = form;
  return (
    <>
      <ActionForm form={form} className="card mb-6 max-w-2xl" noValidate>
        {!state.ok && <FormMessage state={state} />}
        <ChoiceGroup
          type="radio" name="kind" legend="Tra theo" className="mb-4 mt-3" columns={false}
          options={[['phone', 'Số điện thoại'], ['id_number', 'Số CCCD/CMND']]}
        />
        <Field name="value" label="Số cần tra" required>
          {(p) => <input {...p} inputMode="tel" autoComplete="off" className="input" />}
        </Field>
        <Field name="reason" label="Lý do tra cứu" required hint="Ghi vào nhật ký thao tác cùng tên người tra cứu.">
          {(p) => <textarea {...p} rows={2} className="input" />}
        </Field>
        <SubmitButton pendingText="Đang tra cứu…">Tra cứu</SubmitButton>
      </ActionForm>
      <div aria-live="polite">{state.ok && state.result && <TraceResults result={state.result} />}</div>
    </>
  );
}
