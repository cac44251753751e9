'use client';
import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import {
  AUDIENCES, AUDIENCE_LABELS, KIND_LABELS, LANGUAGES, LANGUAGE_LABELS, MATERIAL_KINDS, TOPICS, TOPIC_LABELS, type MaterialKind,
} from '@/lib/materials/catalog';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { CheckboxGroup } from './checkbox-group';
import { FileField } from './file-field';

export interface MaterialFormValues {
  id: string;
  kind: MaterialKind;
  title: string;
  summary: string;
  body: string | null;
  documentNumber: string | null;
  issuedOn: string | null;
  issuer: string | null;
  language: string;
  audiences: string[];
  topics: string[];
  status: string;
  publishAt: string;
  videoUrl: string | null;
  fileName: string | null;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function MaterialForm({ action, material }: { action: Action; material?: MaterialFormValues }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.values ?? {};
  const err = state.errors ?? {};
  const [kind, setKind] = useState<MaterialKind>((v.kind as MaterialKind) ?? material?.kind ?? 'guide');
  const listOf = (key: string, saved: string[] | undefined) => new Set(v[`${key}[]`]?.split(',') ?? (state.values ? [] : saved ?? []));
  const text = (key: keyof MaterialFormValues) => v[key] ?? (material?.[key] as string | null | undefined) ?? '';
  return (
    <form action={formAction} className="card max-w-3xl" noValidate>
      <FormMessage state={state} />
      <div className="mt-4" />
      {material && <input type="hidden" name="id" value={material.id} />}
      <Field id="kind" label="Loại tài liệu" required errors={err.kind}>
        {(p) => (
          <select {...p} name="kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as MaterialKind)}>
            {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k].vi}</option>)}
          </select>
        )}
      </Field>
      <Field id="title" label="Tiêu đề" required errors={err.title} hint="Với văn bản: ghi như phần “V/v …” của văn bản.">
        {(p) => <input {...p} name="title" className="input" defaultValue={text('title')} />}
      </Field>
      <Field id="summary" label={kind === 'official_letter' ? 'Trích yếu' : 'Tóm tắt'} required errors={err.summary}>
        {(p) => <textarea {...p} name="summary" rows={3} className="input" defaultValue={text('summary')} />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field id="documentNumber" label="Số hiệu" errors={err.documentNumber} hint="Không bắt buộc, ví dụ 1088/STTT.">
          {(p) => <input {...p} name="documentNumber" className="input" defaultValue={text('documentNumber')} />}
        </Field>
        <Field id="issuedOn" label="Ngày ban hành" required={kind === 'official_letter'} errors={err.issuedOn}>
          {(p) => <input {...p} name="issuedOn" type="date" className="input" defaultValue={text('issuedOn')} />}
        </Field>
        <Field id="issuer" label="Cơ quan ban hành" required={kind === 'official_letter'} errors={err.issuer}>
          {(p) => <input {...p} name="issuer" className="input" defaultValue={text('issuer')} />}
        </Field>
      </div>
      <Field id="body" label="Nội dung chi tiết" errors={err.body} hint="Không bắt buộc. Cách một dòng trống giữa các đoạn.">
        {(p) => <textarea {...p} name="body" rows={6} className="input" defaultValue={text('body')} />}
      </Field>
      {kind === 'video' ? (
        <Field id="videoUrl" label="Địa chỉ video" required errors={err.videoUrl} hint="Bắt đầu bằng https://">
          {(p) => <input {...p} name="videoUrl" type="url" inputMode="url" className="input" defaultValue={text('videoUrl')} />}
        </Field>
      ) : (
        <FileField current={material?.fileName} errors={err.file} required={!material?.fileName} />
      )}
      <CheckboxGroup name="audiences" legend="Dành cho" options={AUDIENCES.map((a) => [a, AUDIENCE_LABELS[a].vi] as const)} checked={listOf('audiences', material?.audiences)} errors={err.audiences} />
      <CheckboxGroup name="topics" legend="Chủ đề" options={TOPICS.map((t) => [t, TOPIC_LABELS[t].vi] as const)} checked={listOf('topics', material?.topics)} errors={err.topics} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field id="language" label="Ngôn ngữ" errors={err.language}>
          {(p) => (
            <select {...p} name="language" className="input" defaultValue={text('language') || 'vi'}>
              {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_LABELS[l].vi}</option>)}
            </select>
          )}
        </Field>
        <Field id="status" label="Trạng thái" required errors={err.status}>
          {(p) => (
            <select {...p} name="status" className="input" defaultValue={text('status') || 'draft'}>
              <option value="draft">Bản nháp (chưa công khai)</option>
              <option value="published">Đăng (ngay hoặc hẹn giờ)</option>
              <option value="archived">Lưu trữ (thôi công khai)</option>
            </select>
          )}
        </Field>
        <Field id="publishAt" label="Thời điểm đăng" errors={err.publishAt} hint="Để trống: đăng ngay. Thời điểm sau này: hẹn giờ.">
          {(p) => <input {...p} name="publishAt" type="datetime-local" className="input" defaultValue={text('publishAt')} />}
        </Field>
      </div>
      <SubmitButton pendingText="Đang tải lên và lưu…">{material ? 'Lưu thay đổi' : 'Thêm tài liệu'}</SubmitButton>
    </form>
  );
}
