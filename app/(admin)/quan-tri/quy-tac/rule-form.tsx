'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import { VACCINES } from '@/lib/verification/vaccines';
import type { VerificationRule } from '@/lib/verification/rule';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { createRuleVersionAction } from './actions';

/** A new version, prefilled from the one in force; the date defaults to tomorrow 00:00. */
export function RuleForm({ current, defaultDate }: { current: VerificationRule; defaultDate: string }) {
  const [state, action] = useActionState(createRuleVersionAction, initialActionState);
  const v = state.values ?? {};
  const err = state.errors ?? {};
  const known = new Set(VACCINES.map((x) => x.code));
  const chosen = new Set(v['singleDoseVaccines[]']?.split(',') ?? current.singleDoseVaccines);
  const others = v.otherSingleDoseVaccines ?? current.singleDoseVaccines.filter((c) => !known.has(c)).join(', ');
  const text = (name: string, fallback: string | number | null) => v[name] ?? (fallback == null ? '' : String(fallback));
  return (
    <form action={action} className="card" noValidate key={state.ok ? state.message : 'form'}>
      <h2 className="mb-3">Thêm phiên bản mới</h2>
      <FormMessage state={state} />
      <div className="mt-3 grid gap-x-4 sm:grid-cols-2">
        <Field id="effectiveDate" label="Áp dụng từ ngày" required errors={err.effectiveDate} hint="Giờ Việt Nam; sớm nhất 5 phút sau hiện tại.">
          {(p) => <input {...p} name="effectiveDate" type="date" className="input" defaultValue={text('effectiveDate', defaultDate)} />}
        </Field>
        <Field id="effectiveTime" label="Từ giờ (24 giờ)" required errors={err.effectiveTime}>
          {(p) => <input {...p} name="effectiveTime" type="time" className="input" defaultValue={text('effectiveTime', '00:00')} />}
        </Field>
        <Field id="requiredDoses" label="Số mũi cần tiêm" required errors={err.requiredDoses} hint="Khi không rõ loại vắc-xin, hoặc vắc-xin nhiều mũi.">
          {(p) => <input {...p} name="requiredDoses" type="number" inputMode="numeric" min={1} max={5} className="input" defaultValue={text('requiredDoses', current.requiredDoses)} />}
        </Field>
        <Field id="daysAfterLastDose" label="Số ngày sau mũi cuối" required errors={err.daysAfterLastDose} hint="Ngày tiêm là ngày 0: tiêm 26/08, đủ 14 ngày từ 09/09.">
          {(p) => <input {...p} name="daysAfterLastDose" type="number" inputMode="numeric" min={0} max={90} className="input" defaultValue={text('daysAfterLastDose', current.daysAfterLastDose)} />}
        </Field>
        <Field id="validityDays" label="Thời hạn hiệu lực (ngày sau mũi cuối)" errors={err.validityDays} hint="Để trống: không giới hạn.">
          {(p) => <input {...p} name="validityDays" type="number" inputMode="numeric" min={1} className="input" defaultValue={text('validityDays', current.validityDays)} />}
        </Field>
        <Field id="recoveryDays" label="Chấp nhận giấy khỏi bệnh trong (ngày)" errors={err.recoveryDays} hint="Để trống: không chấp nhận.">
          {(p) => <input {...p} name="recoveryDays" type="number" inputMode="numeric" min={1} className="input" defaultValue={text('recoveryDays', current.recoveryDays)} />}
        </Field>
      </div>
      <fieldset className="mb-4">
        <legend className="label">Vắc-xin chỉ cần 1 mũi</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {VACCINES.map((vaccine) => (
            <label key={vaccine.code} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="singleDoseVaccines[]" value={vaccine.code} defaultChecked={chosen.has(vaccine.code)} className="size-5" />
              {vaccine.label} <span className="text-slate-500">({vaccine.code})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="otherSingleDoseVaccines" label="Mã vắc-xin 1 mũi khác" errors={err.otherSingleDoseVaccines} hint="Mã sản phẩm theo danh mục EU, cách nhau bằng dấu phẩy.">
        {(p) => <input {...p} name="otherSingleDoseVaccines" className="input" defaultValue={others} />}
      </Field>
      <Field id="note" label="Căn cứ thay đổi" required errors={err.note} hint="Số, ngày văn bản hướng dẫn của Bộ Y tế hoặc UBND tỉnh.">
        {(p) => <textarea {...p} name="note" rows={2} className="input" defaultValue={v.note ?? ''} />}
      </Field>
      <p className="mb-3 text-sm text-slate-600">Phiên bản đã thêm không sửa được. Các lượt kiểm tra trước thời điểm áp dụng vẫn giữ kết quả theo phiên bản cũ.</p>
      <SubmitButton>Thêm phiên bản</SubmitButton>
    </form>
  );
}
