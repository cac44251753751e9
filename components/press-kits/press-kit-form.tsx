'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { KIND_LABELS, STATUS_LABELS, type MaterialKind, type PublicationStatus } from '@/lib/materials/catalog';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

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
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.values ?? {};
  const err = state.errors ?? {};
  const chosen = new Set(v['materialIds[]']?.split(',') ?? (state.values ? [] : kit?.materialIds ?? []));
  // The kit's own materials first, in its order: the order of the checked boxes is the kit's order.
  const order = new Map((kit?.materialIds ?? []).map((id, i) => [id, i]));
  const listed = [...materials].sort((a, b) => (order.get(a.id) ?? 1e6) - (order.get(b.id) ?? 1e6));
  return (
    <form action={formAction} className="card max-w-3xl" noValidate>
      <FormMessage state={state} />
      <div className="mt-4" />
      {kit && <input type="hidden" name="id" value={kit.id} />}
      <Field id="title" label="Tên bộ tài liệu" required errors={err.title}>
        {(p) => <input {...p} name="title" className="input" defaultValue={v.title ?? kit?.title ?? ''} />}
      </Field>
      <Field id="description" label="Mô tả" required errors={err.description} hint="Giới thiệu bộ tài liệu cho phóng viên, biên tập viên.">
        {(p) => <textarea {...p} name="description" rows={4} className="input" defaultValue={v.description ?? kit?.description ?? ''} />}
      </Field>
      <Field id="status" label="Trạng thái" required errors={err.status}>
        {(p) => (
          <select {...p} name="status" className="input" defaultValue={v.status ?? kit?.status ?? 'draft'}>
            <option value="draft">Bản nháp (chưa công khai)</option>
            <option value="published">Đăng công khai</option>
            <option value="archived">Lưu trữ (thôi công khai)</option>
          </select>
        )}
      </Field>
      <fieldset className="mb-4" aria-describedby={err.materialIds ? 'materialIds-error' : 'materialIds-hint'}>
        <legend className="label">Tài liệu trong bộ <span className="text-accent-600" aria-hidden="true">*</span></legend>
        <p id="materialIds-hint" className="mb-1 text-xs text-slate-600">Chỉ tài liệu đã đăng mới hiện trên trang công khai và trong tệp ZIP.</p>
        {err.materialIds && <p id="materialIds-error" className="mb-1 text-sm text-accent-600">{err.materialIds.join(' ')}</p>}
        <div className="max-h-96 overflow-auto rounded border border-slate-300 p-2">
          {listed.map((m) => (
            <label key={m.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="materialIds[]" value={m.id} defaultChecked={chosen.has(m.id)} className="size-5 shrink-0" />
              <span>
                {m.title}
                <span className="ml-1 text-xs text-slate-600">({KIND_LABELS[m.kind].vi}{m.documentNumber ? ` ${m.documentNumber}` : ''}{m.status !== 'published' ? ` · ${STATUS_LABELS[m.status]}` : ''})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{kit ? 'Lưu thay đổi' : 'Tạo bộ tài liệu'}</SubmitButton>
    </form>
  );
}
