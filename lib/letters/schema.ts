import { z } from 'zod';
import { userText } from '@/lib/validation/text';

export const sendLetterSchema = z.object({
  materialId: z.uuid('Chọn văn bản cần gửi.'),
  recipientKeys: z
    .array(userText().max(120))
    .min(1, 'Chọn ít nhất một đơn vị nhận.')
    .max(200, 'Chọn tối đa 200 đơn vị mỗi lần gửi.')
    .refine((keys) => new Set(keys).size === keys.length, 'Mỗi đơn vị chỉ chọn một lần.'),
  note: userText({ multiline: true }).trim().max(1000, 'Lời nhắn quá dài (tối đa 1.000 ký tự).').optional().transform((v) => v || undefined),
});

export type SendLetterInput = z.infer<typeof sendLetterSchema>;

export const receiptIdSchema = z.object({ id: z.uuid('Đơn vị nhận không hợp lệ.') });

/** Who confirms a letter: asked on the personal link and on the district's incoming page. */
export const confirmerSchema = z.object({
  confirmerName: userText().trim().min(2, 'Nhập họ và tên người xác nhận.').max(120, 'Họ tên quá dài (tối đa 120 ký tự).'),
  confirmerTitle: userText().trim().min(2, 'Nhập chức vụ của người xác nhận.').max(120, 'Chức vụ quá dài (tối đa 120 ký tự).'),
});

export type Confirmer = z.infer<typeof confirmerSchema>;
