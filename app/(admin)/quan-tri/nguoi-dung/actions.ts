'use server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from '@/lib/users/schema';
import { createUser, resetUserPassword, setUserDisabled, updateUser } from '@/lib/users/manage';

export const createUserAction = defineAction(createUserSchema, async (actor, input) => {
  const { id } = await createUser(actor, input);
  return { revalidate: ['/quan-tri/nguoi-dung'], redirectTo: `/quan-tri/nguoi-dung/${id}?created=1` };
});

export const updateUserAction = defineAction(updateUserSchema, async (actor, input) => {
  await updateUser(actor, input);
  return { message: 'Đã lưu thay đổi.', revalidate: ['/quan-tri/nguoi-dung', `/quan-tri/nguoi-dung/${input.id}`] };
});

// Disabling signs the person out everywhere: the confirmation dialog must have been seen.
const setDisabledSchema = z
  .object({ id: z.uuid(), disabled: z.enum(['true', 'false']), confirmed: z.string().optional() })
  .refine((v) => v.disabled === 'false' || v.confirmed === 'yes', { message: 'Xác nhận trước khi khoá tài khoản.', path: ['confirmed'] });

export const setUserDisabledAction = defineAction(
  setDisabledSchema,
  async (actor, { id, disabled }) => {
    await setUserDisabled(actor, id, disabled === 'true');
    return {
      message: disabled === 'true' ? 'Đã khoá tài khoản; các phiên đăng nhập của tài khoản này đã kết thúc.' : 'Đã mở khoá tài khoản.',
      revalidate: ['/quan-tri/nguoi-dung', `/quan-tri/nguoi-dung/${id}`],
    };
  },
);

export const resetPasswordAction = defineAction(resetPasswordSchema, async (actor, { id, password }) => {
  await resetUserPassword(actor, id, password);
  return { message: 'Đã đặt mật khẩu mới; các phiên đăng nhập cũ của tài khoản đã kết thúc.' };
});
