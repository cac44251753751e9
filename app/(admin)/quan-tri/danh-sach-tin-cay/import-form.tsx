'use client';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { FileInput } from '@/components/ui/file-input';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { importTrustAction } from './actions';

/** Upload DSC files (PEM, DER, JSON; one or many) or paste PEM/JSON text. */
export function ImportForm() {
  const form = useActionForm(importTrustAction);
  return (
    <ActionForm form={form} className="card" noValidate>
      <h2 className="mb-3">Nhập chứng thư ký</h2>
      <FormMessage state={form.state} />
      <div className="mt-3">
        <Field name="files" label="Tệp chứng thư" hint="PEM (một hoặc nhiều chứng thư), DER (.cer, .der) hoặc danh sách JSON (của hệ thống hoặc danh sách DSC của EU).">
          {({ defaultValue: _none, ...p }) => <FileInput {...p} multiple accept=".pem,.crt,.cer,.der,.json,.txt,application/json,application/x-x509-ca-cert" className="input" />}
        </Field>
        <Field name="pasted" label="Hoặc dán nội dung" hint="Khối -----BEGIN CERTIFICATE-----, chuỗi base64 hoặc JSON.">
          {(p) => <textarea {...p} rows={5} className="input font-mono text-xs" />}
        </Field>
      </div>
      <SubmitButton pendingText="Đang nhập…">Nhập vào danh sách</SubmitButton>
    </ActionForm>
  );
}
