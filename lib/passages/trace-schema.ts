import { z } from 'zod';
import { userText } from '@/lib/validation/text';
import { normalizeIdNumber, normalizePhone } from './phone';

export const traceSchema = z
  .object({
    kind: z.enum(['phone', 'id_number'], { message: 'Chọn tra theo số điện thoại hoặc số CCCD/CMND.' }),
    value: userText({ error: 'Nhập số cần tra.' }).trim().min(1, 'Nhập số cần tra.').max(40, 'Số quá dài.'),
    reason: userText({ multiline: true, error: 'Ghi lý do tra cứu.' })
      .trim()
      .min(10, 'Ghi lý do tra cứu (ít nhất 10 ký tự), ví dụ: ca F0 ngày …, yêu cầu của CDC tỉnh.')
      .max(500, 'Lý do quá dài (tối đa 500 ký tự).'),
  })
  .transform((input, ctx) => {
    const normalized = input.kind === 'phone' ? normalizePhone(input.value) : normalizeIdNumber(input.value);
    if (!normalized) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: input.kind === 'phone' ? 'Số điện thoại không hợp lệ.' : 'Số CCCD/CMND gồm 12 hoặc 9 chữ số.' });
      return z.NEVER;
    }
    return { ...input, value: normalized };
  });

export type TraceInput = z.input<typeof traceSchema>;
