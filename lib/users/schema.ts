import { z } from 'zod';
import { optionalUserText, userText } from '@/lib/validation/text';
import { ROLES } from '@/lib/auth/roles';

const optionalText = (max: number, message: string) => optionalUserText(max, message);

export const passwordSchema = z
  .string()
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự.')
  .max(200, 'Mật khẩu quá dài (tối đa 200 ký tự).');

const userFields = {
  fullName: userText().trim().min(2, 'Nhập họ và tên (ít nhất 2 ký tự).').max(120, 'Họ và tên quá dài.'),
  role: z.enum(ROLES, { message: 'Chọn vai trò.' }),
  districtCode: optionalText(10, 'Mã huyện không hợp lệ.'),
  phone: optionalText(20, 'Số điện thoại quá dài.').refine((v) => !v || /^[0-9+][0-9 .]{7,19}$/.test(v), 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–15 số).'),
  email: optionalText(200, 'Email quá dài.').refine((v) => !v || z.email().safeParse(v).success, 'Email không hợp lệ.'),
  checkpointIds: z.array(z.uuid('Chốt không hợp lệ.')).max(50, 'Tối đa 50 chốt.').default([]),
};

const needsDistrict = (v: { role: string; districtCode?: string }) => !['district', 'officer'].includes(v.role) || !!v.districtCode;
const districtMessage = { message: 'Tài khoản huyện và cán bộ chốt phải thuộc một huyện.', path: ['districtCode'] };

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch nối.'),
    password: passwordSchema,
    ...userFields,
  })
  .refine(needsDistrict, districtMessage);

export const updateUserSchema = z.object({ id: z.uuid('Tài khoản không hợp lệ.'), ...userFields }).refine(needsDistrict, districtMessage);

export const resetPasswordSchema = z.object({ id: z.uuid('Tài khoản không hợp lệ.'), password: passwordSchema });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại.'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'Mật khẩu nhập lại không khớp.', path: ['confirmPassword'] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: 'Mật khẩu mới phải khác mật khẩu hiện tại.', path: ['newPassword'] });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
