import { z } from 'zod';
import { optionalUserText, userText } from '@/lib/validation/text';

const optionalText = (max: number, message: string) => optionalUserText(max, message);

const contactFields = {
  kind: z.enum(['agency', 'person'], { message: 'Chọn loại liên hệ.' }),
  name: userText().trim().min(2, 'Nhập tên (ít nhất 2 ký tự).').max(200, 'Tên quá dài (tối đa 200 ký tự).'),
  title: optionalText(200, 'Chức vụ quá dài.'),
  unit: optionalText(200, 'Tên đơn vị quá dài.'),
  phone: optionalText(40, 'Số điện thoại quá dài.').refine(
    (v) => !v || (/^[0-9+][0-9 .()-]{5,39}$/.test(v) && v.replace(/\D/g, '').length >= 6),
    'Số điện thoại không hợp lệ (chỉ gồm chữ số và dấu . - khoảng trắng).',
  ),
  email: optionalText(200, 'Email quá dài.').refine((v) => !v || z.email().safeParse(v).success, 'Email không hợp lệ.'),
  address: optionalText(300, 'Địa chỉ quá dài.'),
  notes: optionalUserText(1000, 'Ghi chú quá dài.', { multiline: true }),
  position: z.coerce.number({ message: 'Thứ tự phải là số.' }).int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự từ 0 đến 9999.').max(9999, 'Thứ tự từ 0 đến 9999.').default(100),
};

const reachable = (v: { phone?: string; email?: string }) => !!(v.phone || v.email);
const reachableMessage = { message: 'Cần ít nhất số điện thoại hoặc email.', path: ['phone'] };

export const createContactSchema = z.object(contactFields).refine(reachable, reachableMessage);
export const updateContactSchema = z.object({ id: z.uuid('Liên hệ không hợp lệ.'), ...contactFields }).refine(reachable, reachableMessage);

export type CreateContactInput = z.infer<typeof createContactSchema>;
export type UpdateContactInput = z.infer<typeof updateContactSchema>;

export const contactIdSchema = z.object({ id: z.uuid('Liên hệ không hợp lệ.') });
