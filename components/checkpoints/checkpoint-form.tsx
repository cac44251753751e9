'use client';
import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { initialActionState } from '@/lib/actions/state';
import { DISTRICTS, communesOf } from '@/lib/geo/districts';
import { APP_LABELS, CHECKPOINT_APPS, CHECKPOINT_KINDS, KIND_LABELS } from '@/lib/checkpoints/labels';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

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
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.values;
  const value = (key: keyof CheckpointFormValues) => v?.[key] ?? (checkpoint?.[key] == null ? '' : String(checkpoint[key]));
  const [district, setDistrict] = useState(value('districtCode') || fixedDistrict || '');
  const apps = new Set(v ? (v['installedApps[]']?.split(',') ?? []) : (checkpoint?.installedApps ?? []));
  const hasData = v ? v.hasMobileData === 'on' : (checkpoint?.hasMobileData ?? false);
  const err = state.errors ?? {};
  const communes = communesOf(district);
  return (
    <form action={formAction} className="card max-w-3xl" noValidate>
      <FormMessage state={state} />
      <div className="mt-4" />
      {checkpoint && <input type="hidden" name="id" value={checkpoint.id} />}
      <fieldset className="mb-4">
        <legend className="label">Loại <span className="text-accent-600" aria-hidden="true">*</span></legend>
        <div className="flex flex-wrap gap-4">
          {CHECKPOINT_KINDS.map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="kind" value={k} defaultChecked={(value('kind') || 'fixed') === k} className="size-5" />
              {KIND_LABELS[k]}
            </label>
          ))}
        </div>
        {err.kind && <p className="mt-1 text-sm text-accent-600">{err.kind.join(' ')}</p>}
      </fieldset>
      <Field id="name" label="Tên chốt / tổ" required errors={err.name} hint="Ví dụ: Chốt kiểm soát Dốc Sỏi, Tổ tuần tra Khu kinh tế Dung Quất.">
        {(p) => <input {...p} name="name" className="input" defaultValue={value('name')} />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="districtCode" label="Huyện, thị xã, thành phố" required errors={err.districtCode}>
          {(p) =>
            fixedDistrict ? (
              <>
                <input type="hidden" name="districtCode" value={fixedDistrict} />
                <input {...p} className="input bg-slate-100" readOnly value={DISTRICTS.find((d) => d.code === fixedDistrict)?.name ?? ''} />
              </>
            ) : (
              <select {...p} name="districtCode" className="input" value={district} onChange={(e) => setDistrict(e.target.value)}>
                <option value="">— Chọn —</option>
                {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
              </select>
            )
          }
        </Field>
        <Field id="communeCode" label="Xã, phường, thị trấn" errors={err.communeCode} hint={district && !communes.length ? 'Huyện Lý Sơn không có đơn vị cấp xã.' : undefined}>
          {(p) => (
            <select {...p} key={district} name="communeCode" className="input" defaultValue={value('communeCode')} disabled={!communes.length}>
              <option value="">— Không chọn —</option>
              {communes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field id="address" label="Địa chỉ" errors={err.address}>
        {(p) => <input {...p} name="address" className="input" defaultValue={value('address')} />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="latitude" label="Vĩ độ (GPS)" errors={err.latitude} hint="Ví dụ 15,3956. Để trống nếu chưa có.">
          {(p) => <input {...p} name="latitude" className="input" inputMode="decimal" defaultValue={value('latitude')} />}
        </Field>
        <Field id="longitude" label="Kinh độ (GPS)" errors={err.longitude} hint="Ví dụ 108,7248.">
          {(p) => <input {...p} name="longitude" className="input" inputMode="decimal" defaultValue={value('longitude')} />}
        </Field>
        <Field id="responsibleUnit" label="Đơn vị phụ trách" errors={err.responsibleUnit}>
          {(p) => <input {...p} name="responsibleUnit" className="input" defaultValue={value('responsibleUnit')} />}
        </Field>
        <Field id="phone" label="Điện thoại của chốt" errors={err.phone}>
          {(p) => <input {...p} name="phone" type="tel" inputMode="tel" className="input" defaultValue={value('phone')} />}
        </Field>
      </div>
      <fieldset className="mb-4 rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">Mức sẵn sàng theo hướng dẫn</legend>
        <Field id="smartphoneCount" label="Số điện thoại thông minh" errors={err.smartphoneCount}>
          {(p) => <input {...p} name="smartphoneCount" type="number" min={0} max={50} className="input max-w-32" defaultValue={value('smartphoneCount') || '0'} />}
        </Field>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="hasMobileData" defaultChecked={hasData} className="size-5" />
          Có kết nối 3G/4G
        </label>
        <p className="label mt-2">Ứng dụng đã cài</p>
        <div className="flex flex-wrap gap-x-4">
          {CHECKPOINT_APPS.map((a) => (
            <label key={a} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="installedApps[]" value={a} defaultChecked={apps.has(a)} className="size-5" />
              {APP_LABELS[a]}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600">Mã QR địa điểm được tạo ở trang chi tiết của chốt.</p>
      </fieldset>
      <Field id="shiftNotes" label="Ghi chú ca trực" errors={err.shiftNotes}>
        {(p) => <textarea {...p} name="shiftNotes" rows={3} className="input" defaultValue={value('shiftNotes')} />}
      </Field>
      <SubmitButton>{checkpoint ? 'Lưu thay đổi' : 'Thêm chốt'}</SubmitButton>
    </form>
  );
}
