'use client';
import type { ActionState } from '@/lib/actions/state';
import { DISTRICTS, communesOf } from '@/lib/geo/districts';
import { APP_LABELS, CHECKPOINT_APPS, CHECKPOINT_KINDS, KIND_LABELS } from '@/lib/checkpoints/labels';
import { ActionForm } from '@/components/ui/action-form';
import { Checkbox, ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { CHOOSE, Select } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, useFieldState } from '@/components/ui/use-action-form';

export interface CheckpointFormValues {
  id: string;
  kind: string;
  name: string;
  districtCode: string;
  communeCode: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  responsibleUnit: string | null;
  phone: string | null;
  smartphoneCount: number;
  hasMobileData: boolean;
  installedApps: string[];
  shiftNotes: string | null;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function CheckpointForm({ action, checkpoint, fixedDistrict }: {
  action: Action;
  checkpoint?: CheckpointFormValues;
  /** A district user's own district: its checkpoints stay there. */
  fixedDistrict?: string | null;
}) {
  const form = useActionForm(action, checkpoint
    ? { ...checkpoint, districtCode: fixedDistrict ?? checkpoint.districtCode }
    : { kind: 'fixed', smartphoneCount: 0, districtCode: fixedDistrict });
  const [district, setDistrict] = useFieldState(form, () => form.value('districtCode'));
  const communes = communesOf(district);
  return (
    <ActionForm form={form} className="card max-w-3xl" noValidate>
      <FormMessage state={form.state} />
      <div className="mt-4" />
      {checkpoint && <input type="hidden" name="id" value={checkpoint.id} />}
      <ChoiceGroup type="radio" name="kind" legend="Loại" required columns={false} options={CHECKPOINT_KINDS.map((k) => [k, KIND_LABELS[k]] as const)} />
      <Field name="name" label="Tên chốt / tổ" required hint="Ví dụ: Chốt kiểm soát Dốc Sỏi, Tổ tuần tra Khu kinh tế Dung Quất.">
        {(p) => <input {...p} className="input" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="districtCode" label="Huyện, thị xã, thành phố" required>
          {(p) =>
            fixedDistrict ? (
              <>
                <input type="hidden" name="districtCode" value={fixedDistrict} />
                <input id={p.id} aria-describedby={p['aria-describedby']} className="input bg-slate-100" readOnly value={DISTRICTS.find((d) => d.code === fixedDistrict)?.name ?? ''} />
              </>
            ) : (
              <Select {...p} placeholder={CHOOSE} onChange={(e) => setDistrict(e.target.value)}>
                {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
              </Select>
            )
          }
        </Field>
        <Field name="communeCode" label="Xã, phường, thị trấn" hint={district && !communes.length ? 'Huyện Lý Sơn không có đơn vị cấp xã.' : undefined}>
          {(p) => (
            // Keyed by district: another district's list starts again from "— Không chọn —".
            <Select {...p} key={district} defaultValue={district === form.value('districtCode') ? p.defaultValue : ''} placeholder="— Không chọn —" disabled={!communes.length}>
              {communes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <Field name="address" label="Địa chỉ">
        {(p) => <input {...p} className="input" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="latitude" label="Vĩ độ (GPS)" hint="Ví dụ 15,3956. Để trống nếu chưa có.">
          {(p) => <input {...p} className="input" inputMode="decimal" />}
        </Field>
        <Field name="longitude" label="Kinh độ (GPS)" hint="Ví dụ 108,7248.">
          {(p) => <input {...p} className="input" inputMode="decimal" />}
        </Field>
        <Field name="responsibleUnit" label="Đơn vị phụ trách">
          {(p) => <input {...p} className="input" />}
        </Field>
        <Field name="phone" label="Điện thoại của chốt">
          {(p) => <input {...p} type="tel" inputMode="tel" className="input" />}
        </Field>
      </div>
      <fieldset className="mb-4 rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">Mức sẵn sàng theo hướng dẫn</legend>
        <Field name="smartphoneCount" label="Số điện thoại thông minh">
          {(p) => <input {...p} type="number" min={0} max={50} className="input max-w-32" />}
        </Field>
        <Checkbox name="hasMobileData">Có kết nối 3G/4G</Checkbox>
        <ChoiceGroup
          type="checkbox" name="installedApps" legend="Ứng dụng đã cài" className="mt-2" columns={false}
          options={CHECKPOINT_APPS.map((a) => [a, APP_LABELS[a]] as const)}
        />
        <p className="mt-1 text-xs text-slate-600">Mã QR địa điểm được tạo ở trang chi tiết của chốt.</p>
      </fieldset>
      <Field name="shiftNotes" label="Ghi chú ca trực">
        {(p) => <textarea {...p} rows={3} className="input" />}
      </Field>
      <SubmitButton>{checkpoint ? 'Lưu thay đổi' : 'Thêm chốt'}</SubmitButton>
    </ActionForm>
  );
}
