import { z } from 'zod';
import { userText } from '@/lib/validation/text';

const kitFields = {
  title: userText().trim().min(3, 'Nhập tên bộ tài liệu (ít nhất 3 ký tự).').max(200, 'Tên bộ tài liệu quá dài (tối đa 200 ký tự).'),
  description: userText({ multiline: true }).trim().min(10, 'Nhập mô tả (ít nhất 10 ký tự).').max(5000, 'Mô tả quá dài (tối đa 5.000 ký tự).'),
  status: z.enum(['draft', 'published', 'archived'], { message: 'Chọn trạng thái.' }),
  // In the order chosen: that is the order of the kit's page, ZIP and manifest.
  materialIds: z
    .array(z.uuid('Tài liệu không hợp lệ.'))
    .min(1, 'Chọn ít nhất một tài liệu cho bộ.')
    .max(50, 'Một bộ có tối đa 50 tài liệu.')
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi tài liệu chỉ chọn một lần.'),
};

export const createPressKitSchema = z.object(kitFields);
export const updatePressKitSchema = z.object({ id: z.uuid('Bộ tài liệu không hợp lệ.'), ...kitFields });

export type CreatePressKitInput = z.infer<typeof createPressKitSchema>;
export type UpdatePressKitInput = z.infer<typeof updatePressKitSchema>;

export const pressKitIdSchema = z.object({ id: z.uuid('Bộ tài liệu không hợp lệ.') });
