'use client';
import type { ActionState } from '@/lib/actions/state';
import {
  AUDIENCES, AUDIENCE_LABELS, KIND_LABELS, LANGUAGES, LANGUAGE_LABELS, MATERIAL_KINDS, TOPICS, TOPIC_LABELS, type MaterialKind,
} from '@/lib/materials/catalog';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { CHOOSE, Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, useFieldState } from '@/components/ui/use-action-form';
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
  caption: string | null;
  credit: string | null;
  fileName: string | null;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function MaterialForm({ action, material }: { action: Action; material?: MaterialFormValues }) {
  // A blank form has no type: the type decides the fields and where the material shows.
  const form = useActionForm(action, material ?? { language: 'vi', status: 'draft' });
  const [kind, setKind] = useFieldState(form, () => form.value('kind'));
  const [status, setStatus] = useFieldState(form, () => form.value('status'));
  const archiving = status === 'archived' && material?.status !== 'archived';
  const submitLabel = material ? 'Lưu thay đổi' : 'Thêm tài liệu';
  return (
    <ActionForm form={form} className="card max-w-3xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-4" />
      {material && <input type="hidden" name="id" value={material.id} />}
      <Field name="kind" label="Loại tài liệu" required>
        {(p) => (
          <Select {...p} placeholder={CHOOSE} onChange={(e) => setKind(e.target.value)}>
            {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k].vi}</option>)}
          </Select>
        )}
      </Field>
      <Field name="title" label="Tiêu đề" required hint="Với văn bản: ghi như phần “V/v …” của văn bản.">
        {(p) => <input {...p} className="input" />}
      </Field>
      <Field name="summary" label={kind === 'official_letter' ? 'Trích yếu' : 'Tóm tắt'} required>
        {(p) => <textarea {...p} rows={3} className="input" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field name="documentNumber" label="Số hiệu" hint="Không bắt buộc, ví dụ 1088/STTT.">
          {(p) => <input {...p} className="input" />}
        </Field>
        <Field name="issuedOn" label="Ngày ban hành" required={kind === 'official_letter'}>
          {(p) => <input {...p} type="date" className="input" />}
        </Field>
        <Field name="issuer" label="Cơ quan ban hành" required={kind === 'official_letter'}>
          {(p) => <input {...p} className="input" />}
        </Field>
      </div>
      <Field name="body" label="Nội dung chi tiết" hint="Không bắt buộc. Cách một dòng trống giữa các đoạn.">
        {(p) => <textarea {...p} rows={6} className="input" />}
      </Field>
      {kind === 'video' && (
        <Field name="videoUrl" label="Địa chỉ video" hint="Bắt đầu bằng https://. Không bắt buộc nếu tải lên tệp MP4 bên dưới.">
          {(p) => <input {...p} type="url" inputMode="url" className="input" />}
        </Field>
      )}
      <FileField current={material?.fileName} required={kind !== 'video' && !material?.fileName} video={kind === 'video'} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="caption" label="Chú thích ảnh" hint="Với ảnh, infographic: ảnh cho thấy gì, ở đâu, khi nào. Hiện dưới ảnh và trong danh mục bộ tài liệu.">
          {(p) => <input {...p} className="input" />}
        </Field>
        <Field name="credit" label="Nguồn ảnh / tác giả" hint="Ví dụ: Ảnh: Báo Quảng Ngãi.">
          {(p) => <input {...p} className="input" />}
        </Field>
      </div>
      <ChoiceGroup type="checkbox" name="audiences" legend="Dành cho" options={AUDIENCES.map((a) => [a, AUDIENCE_LABELS[a].vi] as const)} />
      <ChoiceGroup type="checkbox" name="topics" legend="Chủ đề" options={TOPICS.map((t) => [t, TOPIC_LABELS[t].vi] as const)} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field name="language" label="Ngôn ngữ">
          {(p) => (
            <Select {...p}>
              {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_LABELS[l].vi}</option>)}
            </Select>
          )}
        </Field>
        <Field name="status" label="Trạng thái" required>
          {(p) => (
            <Select {...p} onChange={(e) => setStatus(e.target.value)}>
              <option value="draft">Bản nháp (chưa công khai)</option>
              <option value="published">Đăng (ngay hoặc hẹn giờ)</option>
              <option value="archived">Lưu trữ (thôi công khai)</option>
            </Select>
          )}
        </Field>
        <Field name="publishAt" label="Thời điểm đăng" hint="Để trống: đăng ngay. Thời điểm sau này: hẹn giờ.">
          {(p) => <input {...p} type="datetime-local" className="input" />}
        </Field>
      </div>
      {archiving ? (
        <ConfirmSubmit
          label={submitLabel} title="Lưu trữ tài liệu này?" confirmLabel="Lưu trữ tài liệu" pendingText="Đang lưu…"
          consequence={<p>Tài liệu thôi hiện trên trang công khai và trong các bộ tài liệu báo chí; người có đường dẫn cũ sẽ không mở được nữa.</p>}
        />
      ) : (
        <SubmitButton pendingText="Đang tải lên và lưu…">{submitLabel}</SubmitButton>
      )}
    </ActionForm>
  );
}
