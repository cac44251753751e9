'use server';
import { defineAction } from '@/lib/actions/define-action';
import { receiptIdSchema } from '@/lib/letters/schema';
import { confirmIncomingLetter } from '@/lib/letters/incoming';

export const confirmIncomingAction = defineAction(receiptIdSchema, async (actor, { id }) => {
  const { alreadyConfirmed } = await confirmIncomingLetter(actor, id);
  return {
    message: alreadyConfirmed ? 'Văn bản này đã được xác nhận trước đó.' : 'Đã xác nhận nhận văn bản.',
    revalidate: ['/quan-tri/van-ban-den', '/quan-tri'],
  };
});
