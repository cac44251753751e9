'use client';
import { useState } from 'react';
import type { CheckSource } from '@/lib/checks/types';
import { SOURCES, SOURCE_LABELS } from '@/lib/checks/labels';
import { VACCINES, localDateOf } from '@/lib/verification';
import { Field } from '@/components/ui/field';
import { checkDetailErrors, type DirectCheckFields } from '@/lib/console/direct-check';

const DOSE_CHOICES = [0, 1, 2, 3];
const BIG = 'min-h-16 rounded-lg border-2 border-brand-700 bg-white px-3 text-lg font-semibold text-brand-800 hover:bg-brand-50';

/**
 * A direct check in three steps: source, doses, then the last-dose date with optional vaccine,
 * phone and ID. A check without a certificate skips straight to the last step.
 */
export function CheckForm({ onRecord, disabled }: { onRecord: (fields: DirectCheckFields) => Promise<boolean>; disabled: boolean }) {
  const [source, setSource] = useState<CheckSource | null>(null);
  const [doses, setDoses] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const step = !source ? 1 : source !== 'none' && doses === null ? 2 : 3;
  const today = localDateOf(new Date());

  const restart = () => {
    setSource(null);
    setDoses(null);
    setErrors({});
  };

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const fields: DirectCheckFields = {
      source: source!,
      doses: source === 'none' ? null : doses,
      lastDoseOn: String(data.get('lastDoseOn') ?? '') || null,
      vaccine: String(data.get('vaccine') ?? '') || null,
      phone: String(data.get('phone') ?? '').trim(),
      idNumber: String(data.get('idNumber') ?? '').trim(),
    };
    const found = checkDetailErrors(fields, today);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if (await onRecord(fields)) restart();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="check-form-title" className="card">
      <h2 id="check-form-title" className="text-base">
        Kiểm tra trực tiếp · Bước {step}/3
      </h2>
      {source && (
        <p className="mt-1 text-sm text-slate-700">
          {SOURCE_LABELS[source]}
          {doses !== null && ` · ${doses === 3 ? '3 mũi trở lên' : `${doses} mũi`}`}
          <button type="button" onClick={restart} className="ml-2 min-h-11 px-2 text-brand-700 underline">
            Làm lại
          </button>
        </p>
      )}

      {step === 1 && (
        <fieldset className="mt-3">
          <legend className="mb-2 font-medium">Người dân xuất trình gì?</legend>
          <div className="grid grid-cols-2 gap-2">
            {SOURCES.map((s) => (
              <button key={s} type="button" className={BIG} onClick={() => setSource(s)} disabled={disabled}>
                {SOURCE_LABELS[s]}
              </button>
            ))}
          </div>
        </fieldset>
      )}

      {step === 2 && (
        <fieldset className="mt-3">
          <legend className="mb-2 font-medium">Đã tiêm mấy mũi?</legend>
          <div className="grid grid-cols-4 gap-2">
            {DOSE_CHOICES.map((n) => (
              <button key={n} type="button" className={BIG} onClick={() => setDoses(n)} aria-label={n === 3 ? '3 mũi trở lên' : `${n} mũi`}>
                {n === 3 ? '3+' : n}
              </button>
            ))}
          </div>
        </fieldset>
      )}

      {step === 3 && (
        <form
          className="mt-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit(event.currentTarget);
          }}
        >
          {source !== 'none' && doses !== 0 && (
            <Field id="check-lastDoseOn" label="Ngày tiêm mũi cuối" required errors={errors.lastDoseOn ? [errors.lastDoseOn] : undefined}>
              {(props) => <input {...props} name="lastDoseOn" type="date" max={today} min="2021-01-01" required autoFocus className="input min-h-12 text-lg" />}
            </Field>
          )}
          {source !== 'none' && (
            <Field id="check-vaccine" label="Loại vắc-xin (không bắt buộc)">
              {(props) => (
                <select {...props} name="vaccine" className="input min-h-12" defaultValue="">
                  <option value="">Không rõ</option>
                  {VACCINES.map((v) => (
                    <option key={v.code} value={v.code}>
                      {v.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <details className="mb-3">
            <summary className="min-h-11 cursor-pointer content-center font-medium text-brand-700">Thêm số điện thoại / CCCD (không bắt buộc)</summary>
            <Field id="check-phone" label="Số điện thoại" errors={errors.phone ? [errors.phone] : undefined}>
              {(props) => <input {...props} name="phone" type="tel" inputMode="tel" autoComplete="off" className="input min-h-12" />}
            </Field>
            <Field id="check-idNumber" label="Số CCCD/CMND" errors={errors.idNumber ? [errors.idNumber] : undefined}>
              {(props) => <input {...props} name="idNumber" inputMode="numeric" autoComplete="off" className="input min-h-12" />}
            </Field>
          </details>
          <button type="submit" disabled={busy || disabled} className="min-h-16 w-full rounded-lg bg-brand-700 text-xl font-bold text-white disabled:bg-slate-400">
            {busy ? 'Đang lưu…' : 'Ghi nhận'}
          </button>
        </form>
      )}
    </section>
  );
}
