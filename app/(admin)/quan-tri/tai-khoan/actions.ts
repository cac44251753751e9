'use server';
import { defineAction } from '@/lib/actions/define-action';
import { changeOwnPasswordSchema } from '@/lib/users/schema';
import { changeOwnPassword } from '@/lib/users/own-password';

// Changing the password ends every session of the account, this one too: sign in again.
export const changeOwnPasswordAction = defineAction(changeOwnPasswordSchema, async (actor, input) => {
  await changeOwnPassword(actor, input.currentPassword, input.newPassword);
  return { redirectTo: '/dang-nhap?passwordChanged=1' };
});
