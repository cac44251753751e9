'use server';
import { redirect } from 'next/navigation';
import { confirmReceiptByToken } from '@/lib/letters/receipt';
import { isWellFormedReceiptToken } from '@/lib/letters/tokens';

// Public by design: holding the personal link is the recipient's proof. No session is needed,
// so this does not go through defineAction (which requires one).
export async function confirmReceiptAction(token: string): Promise<void> {
  if (!isWellFormedReceiptToken(token)) redirect('/van-ban/khong-hop-le');
  await confirmReceiptByToken(token);
  redirect(`/van-ban/${token}?xac-nhan=1`);
}
