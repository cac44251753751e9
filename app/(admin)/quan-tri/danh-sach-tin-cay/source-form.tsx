'use client';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { saveTrustSourceAction, syncTrustSourceAction } from './actions';

export interface SavedSource {
  url: string;
  publicKeyPem: string;
  unsigned: boolean;
  intervalHours: number;
}

/** Where the official list comes from and the key that signs it. */
export function SourceForm({ saved }: { saved: SavedSource | null }) {
  const form = useActionForm(saveTrustSourceAction, {
    url: saved?.url ?? '',
    publicKeyPem: saved?.publicKeyPem ?? '',
    unsigned: saved?.unsigned ? ['yes'] : [],
    intervalHours: String(saved?.intervalHours ?? 24),
  });
  return (
    <ActionForm form={form} className="card" noValidate>
      <h2 className="mb-3">Nguồn danh sách chính thức</h2>
      <FormMessage state={form.state} />
      <div className="mt-3">
        <Field name="url" label="Địa chỉ danh sách" required hint="Máy chủ tải danh sách từ địa chỉ này theo chu kỳ và khi bấm “Đồng bộ ngay”.">
          {(p) => <input {...p} type="url" inputMode="url" autoComplete="off" className="input" placeholder="https://…" />}
        </Field>
        <Field name="publicKeyPem" label="Khoá công khai ký danh sách (PEM, ECDSA P-256)" hint="Khối -----BEGIN PUBLIC KEY-----. Dòng đầu của danh sách là chữ ký base64 trên phần JSON phía sau; danh sách có chữ ký không khớp bị từ chối.">
          {(p) => <textarea {...p} rows={4} className="input font-mono text-xs" spellCheck={false} />}
        </Field>
        <ChoiceGroup
          type="checkbox" name="unsigned" legend="Nguồn không ký"
          options={[['yes', 'Nguồn này phát danh sách JSON không có chữ ký (kiểu cổng EU); tôi chấp nhận tin vào đường truyền']]}
          hint="Chỉ đánh dấu khi nguồn chính thức không ký danh sách: khi đó bất kỳ ai sửa được đường truyền đều sửa được danh sách."
          columns={false}
        />
        <Field name="intervalHours" label="Đồng bộ mỗi (giờ)" required hint="Từ 1 đến 168 giờ. Lần thất bại được thử lại sau 1 giờ.">
          {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={168} className="input w-32" />}
        </Field>
      </div>
      <SubmitButton pendingText="Đang lưu…">Lưu nguồn</SubmitButton>
    </ActionForm>
  );
}

/** Fetches the list now, whatever the schedule says. */
export function SyncNowButton() {
  const form = useActionForm(syncTrustSourceAction);
  return (
    <ActionForm form={form}>
      <FormMessage state={form.state} />
      <SubmitButton variant="secondary" pendingText="Đang tải và kiểm tra chữ ký…">Đồng bộ ngay</SubmitButton>
    </ActionForm>
  );
}
