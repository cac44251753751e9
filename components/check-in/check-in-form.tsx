'use client';
import type { ReactNode } from 'react';
import { SOURCES, SOURCE_LABELS } from '@/lib/checks/labels';
import { VACCINES } from '@/lib/verification';
import type { CheckInFields } from '@/lib/check-in/read-check-in';
import { Field } from '@/components/ui/field';

const DOSES = [
  { value: '0', label: 'Chưa tiêm' },
  { value: '1', label: '1 mũi' },
  { value: '2', label: '2 mũi' },
  { value: '3', label: '3 mũi' },
];

const TILE = 'flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border-2 border-slate-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold';

/** The citizen's declaration; every control is native, labelled and at least 44 px high. */
export function CheckInForm({ fields, errors, today, onChange }: {
  fields: CheckInFields;
  errors: Record<string, string>;
  today: string;
  onChange: (name: keyof CheckInFields, value: string) => void;
}) {
  const set = (name: keyof CheckInFields) => (event: { target: { value: string } }) => onChange(name, event.target.value);
  const errs = (name: string) => (errors[name] ? [errors[name]] : undefined);
  // Radios carry the mark themselves, so the first invalid control can take focus after a refusal.
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `ci-${name}-error` } : {});
  return (
    <>
      <Choice legend="Chứng nhận tiêm của bạn ở đâu?" error={errors.source} name="source">
        {SOURCES.map((s) => (
          <label key={s} className={TILE}>
            <input type="radio" name="source" value={s} checked={fields.source === s} onChange={set('source')} className="size-5" {...invalid('source')} />
            {SOURCE_LABELS[s]}
          </label>
        ))}
      </Choice>
      <Choice legend="Bạn đã tiêm mấy mũi?" error={errors.doses} name="doses" columns="grid-cols-2 sm:grid-cols-4">
        {DOSES.map((d) => (
          <label key={d.value} className={TILE}>
            <input type="radio" name="doses" value={d.value} checked={fields.doses === d.value} onChange={set('doses')} className="size-5" {...invalid('doses')} />
            {d.label}
          </label>
        ))}
      </Choice>
      {fields.doses !== '0' && (
        <Field id="ci-lastDoseOn" label="Ngày tiêm mũi cuối" required errors={errs('lastDoseOn')}>
          {(props) => <input {...props} type="date" min="2021-01-01" max={today} value={fields.lastDoseOn} onChange={set('lastDoseOn')} className="input min-h-12" />}
        </Field>
      )}
      <Field id="ci-vaccine" label="Loại vắc-xin mũi cuối (không bắt buộc)">
        {(props) => (
          <select {...props} value={fields.vaccine} onChange={set('vaccine')} className="input min-h-12">
            <option value="">Không nhớ / không rõ</option>
            {VACCINES.map((v) => (
              <option key={v.code} value={v.code}>
                {v.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="ci-name" label="Họ và tên" required errors={errs('name')}>
        {(props) => <input {...props} autoComplete="name" value={fields.name} onChange={set('name')} className="input min-h-12" />}
      </Field>
      <Field id="ci-birthYear" label="Năm sinh" required errors={errs('birthYear')}>
        {(props) => <input {...props} inputMode="numeric" maxLength={4} placeholder="Ví dụ: 1986" value={fields.birthYear} onChange={set('birthYear')} className="input min-h-12" />}
      </Field>
      <Field id="ci-phone" label="Số điện thoại" required hint="Dùng để liên hệ khi cần truy vết." errors={errs('phone')}>
        {(props) => <input {...props} type="tel" inputMode="tel" autoComplete="tel" value={fields.phone} onChange={set('phone')} className="input min-h-12" />}
      </Field>
      <Field id="ci-idNumber" label="Số CCCD/CMND (không bắt buộc)" errors={errs('idNumber')}>
        {(props) => <input {...props} inputMode="numeric" maxLength={14} value={fields.idNumber} onChange={set('idNumber')} className="input min-h-12" />}
      </Field>
    </>
  );
}

function Choice({ legend, error, name, columns = 'grid-cols-1 sm:grid-cols-2', children }: { legend: string; error?: string; name: string; columns?: string; children: ReactNode }) {
  return (
    <fieldset className="mb-4" aria-describedby={error ? `ci-${name}-error` : undefined}>
      <legend className="label">
        {legend}
        <span className="text-accent-600" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className={`grid gap-2 ${columns}`}>{children}</div>
      {error && (
        <p id={`ci-${name}-error`} className="mt-1 text-sm text-accent-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
