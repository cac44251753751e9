'use server';
import { redirect } from 'next/navigation';
import { NotFoundError } from '@/lib/auth/errors';
import { confirmReceiptByToken } from '@/lib/letters/receipt';
import { isWellFormedReceiptToken } from '@/lib/letters/tokens';
import { confirmerSchema } from '@/lib/letters/schema';
import { fieldErrors } from '@/lib/actions/define-action';
import { echoValues } from '@/lib/actions/form-data';
import { nextAttempt, type ActionState } from '@/lib/actions/state';

// Public by design: holding the personal link is the recipient's proof. No session is needed,
// so this does not go through defineAction (which requires one), but answers in its shape:
// a refusal comes back to the form with what was typed (never through the URL, which is logged).
export async function confirmReceiptAction(token: string, previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isWellFormedReceiptToken(token)) redirect('/van-ban/khong-hop-le');
  const who = confirmerSchema.safeParse({ confirmerName: formData.get('confirmerName') ?? '', confirmerTitle: formData.get('confirmerTitle') ?? '' });
  if (!who.success) {
    return { ok: false, message: 'Chưa xác nhận được: vui lòng kiểm tra các ô được đánh dấu.', errors: fieldErrors(who.error), values: echoValues(formData), attempt: nextAttempt(previous) };
  }
  try {
    await confirmReceiptByToken(token, who.data);
  } catch (error) {
    // A forged or replaced link: back to the link's page, which answers the same clear 404 as a GET.
    if (error instanceof NotFoundError) redirect(`/van-ban/${token}`);
    throw error;
  }
  redirect(`/van-ban/${token}?xac-nhan=1`);
}
