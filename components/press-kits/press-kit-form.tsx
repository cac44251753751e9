'use client';
import type { ActionState } from '@/lib/actions/state';
import { KIND_LABELS, STATUS_LABELS, type MaterialKind, type PublicationStatus } from '@/lib/materials/catalog';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface KitFormValues {
  id: string;
  title: string;
  description: string;
  status: string;
  materialIds: string[];
}

export function PressKitForm({ action, kit, materials }: {
  action: Action;
  kit?: KitFormValues;
  materials: { id: string; title: string; kind: MaterialKind; status: PublicationStatus; documentNumber: string | null }[];
}) {
  const form = useActionForm(action, kit ?? { status: 'draft' });
  // The kit's own materials first, in its order: the order of the checked boxes is the kit's order.
  const order = new Map((kit?.materialIds ?? []).map((id, i) => [id, i]));
  const listed = [...materials].sort((a, b) => (order.get(a.id) ?? 1e6) - (order.get(b.id) ?? 1e6));
  return (
    <ActionForm form={form} className="card max-w-3xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-4" />
      {kit && <input type="hidden" name="id" value={kit.id} />}
      <Field name="title" label="Tên bộ tài liệu" required>
        {(p) => <input {...p} className="input" />}
      </Field>
      <Field name="description" label="Mô tả" required hint="Giới thiệu bộ tài liệu cho phóng viên, biên tập viên.">
        {(p) => <textarea {...p} rows={4} className="input" />}
      </Field>
      <Field name="status" label="Trạng thái" required>
        {(p) => (
          <Select {...p}>
            <option value="draft">Bản nháp (chưa công khai)</option>
            <option value="published">Đăng công khai</option>
            <option value="archived">Lưu trữ (thôi công khai)</option>
          </Select>
        )}
      </Field>
      <ChoiceGroup
        type="checkbox" name="materialIds" legend="Tài liệu trong bộ" required
        hint="Chỉ tài liệu đã đăng mới hiện trên trang công khai và trong tệp ZIP."
        listClassName="max-h-96 overflow-auto rounded border border-slate-300 p-2"
        options={listed.map((m) => [m.id, (
          <span key={m.id}>
            {m.title}
            <span className="ml-1 text-xs text-slate-600">({KIND_LABELS[m.kind].vi}{m.documentNumber ? ` ${m.documentNumber}` : ''}{m.status !== 'published' ? ` · ${STATUS_LABELS[m.status]}` : ''})</span>
          </span>
        )] as const)}
      />
      <SubmitButton>{kit ? 'Lưu thay đổi' : 'Tạo bộ tài liệu'}</SubmitButton>
    </ActionForm>
  );
}
