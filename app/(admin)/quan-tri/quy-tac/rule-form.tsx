'use client';
import { VACCINES } from '@/lib/verification/vaccines';
import type { VerificationRule } from '@/lib/verification/rule';
import { ActionForm } from '@/components/ui/action-form';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { createRuleVersionAction } from './actions';

/** A new version, prefilled from the one in force; the date defaults to tomorrow 00:00. */
export function RuleForm({ current, defaultDate }: { current: VerificationRule; defaultDate: string }) {
  const known = new Set(VACCINES.map((x) => x.code));
  const form = useActionForm(createRuleVersionAction, {
    ...current,
    effectiveDate: defaultDate,
    effectiveTime: '00:00',
    otherSingleDoseVaccines: current.singleDoseVaccines.filter((c) => !known.has(c)).join(', '),
    note: '',
  });
  const number = (name: string, label: string, hint: string, extra: { min: number; max?: number }, required = false) => (
    <Field name={name} label={label} required={required} hint={hint}>
      {(p) => <input {...p} type="number" inputMode="numeric" className="input" {...extra} />}
    </Field>
  );
  return (
    <ActionForm form={form} className="card" noValidate>
      <h2 className="mb-3">Thêm phiên bản mới</h2>
      <FormMessage state={form.state} />
      <div className="mt-3 grid gap-x-4 sm:grid-cols-2">
        <Field name="effectiveDate" label="Áp dụng từ ngày" required hint="Giờ Việt Nam; sớm nhất 5 phút sau hiện tại.">
          {(p) => <input {...p} type="date" className="input" />}
        </Field>
        <Field name="effectiveTime" label="Từ giờ (24 giờ)" required>
          {(p) => <input {...p} type="time" className="input" />}
        </Field>
        {number('requiredDoses', 'Số mũi cần tiêm', 'Khi không rõ loại vắc-xin, hoặc vắc-xin nhiều mũi.', { min: 1, max: 5 }, true)}
        {number('daysAfterLastDose', 'Số ngày sau mũi cuối', 'Ngày tiêm là ngày 0: tiêm 26/08, đủ 14 ngày từ 09/09.', { min: 0, max: 90 }, true)}
        {number('validityDays', 'Thời hạn hiệu lực (ngày sau mũi cuối)', 'Để trống: không giới hạn.', { min: 1 })}
        {number('recoveryDays', 'Chấp nhận giấy khỏi bệnh trong (ngày)', 'Để trống: không chấp nhận.', { min: 1 })}
      </div>
      <ChoiceGroup
        type="checkbox" name="singleDoseVaccines" legend="Vắc-xin chỉ cần 1 mũi"
        options={VACCINES.map((v) => [v.code, <>{v.label} <span className="text-slate-500">({v.code})</span></>] as const)}
      />
      <Field name="otherSingleDoseVaccines" label="Mã vắc-xin 1 mũi khác" hint="Mã sản phẩm theo danh mục EU, cách nhau bằng dấu phẩy.">
        {(p) => <input {...p} className="input" />}
      </Field>
      <Field name="note" label="Căn cứ thay đổi" required hint="Số, ngày văn bản hướng dẫn của Bộ Y tế hoặc UBND tỉnh.">
        {(p) => <textarea {...p} rows={2} className="input" />}
      </Field>
      <p className="mb-3 text-sm text-slate-600">Phiên bản đã thêm không sửa được. Các lượt kiểm tra trước thời điểm áp dụng vẫn giữ kết quả theo phiên bản cũ.</p>
      <SubmitButton>Thêm phiên bản</SubmitButton>
    </ActionForm>
  );
}
