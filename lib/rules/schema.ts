import { z } from 'zod';
import { userText } from '@/lib/validation/text';
import { isCalendarDate } from '@/lib/verification/local-date';

const blank = (v: unknown) => (v === '' || v == null ? undefined : v);
const optionalDays = (message: string) =>
  z.preprocess(blank, z.coerce.number({ message }).int(message).min(1, message).max(3650, message).optional());

export const createRuleVersionSchema = z.object({
  effectiveDate: z.string().refine(isCalendarDate, 'Chọn ngày bắt đầu hiệu lực.'),
  effectiveTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu hiệu lực dạng HH:mm (24 giờ).'),
  requiredDoses: z.coerce.number({ message: 'Số mũi từ 1 đến 5.' }).int('Số mũi từ 1 đến 5.').min(1, 'Số mũi từ 1 đến 5.').max(5, 'Số mũi từ 1 đến 5.'),
  singleDoseVaccines: z.array(z.string().regex(/^[A-Za-z0-9/._ -]{1,64}$/, 'Mã vắc-xin không hợp lệ.')).max(30).default([]),
  otherSingleDoseVaccines: z.preprocess(
    blank,
    userText({ multiline: true }).max(500, 'Danh sách quá dài.').optional().transform((v) => (v ? v.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean) : [])),
  ).refine((codes) => codes.every((c) => /^[A-Za-z0-9/._ -]{1,64}$/.test(c)), 'Mã vắc-xin chỉ gồm chữ, số và / . _ -'),
  daysAfterLastDose: z.coerce.number({ message: 'Số ngày từ 0 đến 90.' }).int('Số ngày từ 0 đến 90.').min(0, 'Số ngày từ 0 đến 90.').max(90, 'Số ngày từ 0 đến 90.'),
  validityDays: optionalDays('Thời hạn hiệu lực là số ngày từ 1 đến 3650, hoặc để trống.'),
  recoveryDays: optionalDays('Thời hạn chấp nhận khỏi bệnh là số ngày từ 1 đến 3650, hoặc để trống.'),
  note: userText({ multiline: true }).trim().min(5, 'Ghi căn cứ thay đổi (số văn bản, ngày ban hành…), ít nhất 5 ký tự.').max(500, 'Căn cứ quá dài (tối đa 500 ký tự).'),
});

export type CreateRuleVersionInput = z.infer<typeof createRuleVersionSchema>;
