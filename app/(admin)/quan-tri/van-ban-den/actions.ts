'use server';
import { defineAction } from '@/lib/actions/define-action';
import { confirmerSchema, receiptIdSchema } from '@/lib/letters/schema';
import { confirmIncomingLetter } from '@/lib/letters/incoming';

export const confirmIncomingAction = defineAction(receiptIdSchema.extend(confirmerSchema.shape), async (actor, { id, ...who }) => {
  const { alreadyConfirmed } = await confirmIncomingLetter(actor, id, who);
  return {
    message: alreadyConfirmed ? 'Văn bản này đã được xác nhận trước đó.' : 'Đã xác nhận nhận văn bản.',
    revalidate: ['/quan-tri/van-ban-den', '/quan-tri'],
  };
});
