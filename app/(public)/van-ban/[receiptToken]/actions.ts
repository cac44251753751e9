'use server';
import { redirect } from 'next/navigation';
import { NotFoundError } from '@/lib/auth/errors';
import { confirmReceiptByToken } from '@/lib/letters/receipt';
import { isWellFormedReceiptToken } from '@/lib/letters/tokens';
import { confirmerSchema } from '@/lib/letters/schema';

// Public by design: holding the personal link is the recipient's proof. No session is needed,
// so this does not go through defineAction (which requires one).
export async function confirmReceiptAction(token: string, formData?: FormData): Promise<void> {
  if (!isWellFormedReceiptToken(token)) redirect('/van-ban/khong-hop-le');
  const who = confirmerSchema.safeParse({ confirmerName: formData?.get('confirmerName') ?? '', confirmerTitle: formData?.get('confirmerTitle') ?? '' });
  // Back to the page with the reason; the two short fields come back filled from the query.
  if (!who.success) {
    const query = new URLSearchParams({ loi: who.error.issues[0].message, ten: String(formData?.get('confirmerName') ?? '').slice(0, 120), chucVu: String(formData?.get('confirmerTitle') ?? '').slice(0, 120) });
    redirect(`/van-ban/${token}?${query}`);
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
