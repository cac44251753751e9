'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { importTrustAction } from './actions';

/** Upload DSC files (PEM, DER, JSON; one or many) or paste PEM/JSON text. */
export function ImportForm() {
  const [state, action] = useActionState(importTrustAction, initialActionState);
  const err = state.errors ?? {};
  return (
    <form action={action} className="card" noValidate key={state.ok ? state.message : 'form'}>
      <h2 className="mb-3">Nhập chứng thư ký</h2>
      <FormMessage state={state} />
      <div className="mt-3">
        <Field id="files" label="Tệp chứng thư" errors={err.files} hint="PEM (một hoặc nhiều chứng thư), DER (.cer, .der) hoặc danh sách JSON (của hệ thống hoặc danh sách DSC của EU).">
          {(p) => <input {...p} name="files" type="file" multiple accept=".pem,.crt,.cer,.der,.json,.txt,application/json,application/x-x509-ca-cert" className="input" />}
        </Field>
        <Field id="pasted" label="Hoặc dán nội dung" errors={err.pasted} hint="Khối -----BEGIN CERTIFICATE-----, chuỗi base64 hoặc JSON.">
          {(p) => <textarea {...p} name="pasted" rows={5} className="input font-mono text-xs" defaultValue={state.ok ? '' : (state.values?.pasted ?? '')} />}
        </Field>
      </div>
      <SubmitButton pendingText="Đang nhập…">Nhập vào danh sách</SubmitButton>
    </form>
  );
}
