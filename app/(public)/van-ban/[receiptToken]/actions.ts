'use server';
import { redirect } from 'next/navigation';
import { NotFoundError } from '@/lib/auth/errors';
import { confirmReceiptByToken } from '@/lib/letters/receipt';
import { isWellFormedReceiptToken } from '@/lib/letters/tokens';

// Public by design: holding the personal link is the recipient's proof. No session is needed,
// so this does not go through defineAction (which requires one).
export async function confirmReceiptAction(token: string): Promise<void> {
  if (!isWellFormedReceiptToken(token)) redirect('/van-ban/khong-hop-le');
  try {
    await confirmReceiptByToken(token);
  } catch (error) {
    // A forged or replaced link: back to the link's page, which answers the same clear 404 as a GET.
    if (error instanceof NotFoundError) redirect(`/van-ban/${token}`);
    throw error;
  }
  redirect(`/van-ban/${token}?xac-nhan=1`);
}
