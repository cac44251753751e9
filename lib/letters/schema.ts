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
