'use server';
import { defineAction } from '@/lib/actions/define-action';
import { confirmation } from '@/lib/actions/confirmation';
import { receiptIdSchema, sendLetterSchema } from '@/lib/letters/schema';
import { reissueReceiptLink, sendLetter, type IssuedLink } from '@/lib/letters/send';
import type { LinksState } from '@/components/letters/send-state';

// These two return the freshly issued links with the state: the tokens are never stored, so the
// response is the only place they exist. defineAction does the checks; the links ride alongside.

const confirmedSendSchema = sendLetterSchema.extend({ confirmed: confirmation('Xác nhận gửi văn bản trước khi gửi.') });

export async function sendLetterAction(previous: LinksState, formData: FormData): Promise<LinksState> {
  let links: IssuedLink[] = [];
  let materialId = '';
  const state = await defineAction(confirmedSendSchema, async (actor, input) => {
    links = await sendLetter(actor, input);
    materialId = input.materialId;
    return { message: `Đã gửi văn bản tới ${links.length} đơn vị.`, revalidate: ['/quan-tri/van-ban-gui', `/quan-tri/van-ban-gui/${input.materialId}`] };
  })(previous, formData);
  return state.ok ? { ...state, links, materialId } : state;
}

export async function reissueLinkAction(previous: LinksState, formData: FormData): Promise<LinksState> {
  let link: IssuedLink | undefined;
  const state = await defineAction(receiptIdSchema, async (actor, { id }) => {
    link = await reissueReceiptLink(actor, id);
    return { message: `Đã cấp liên kết mới cho ${link.recipientName}; liên kết cũ không còn dùng được.` };
  })(previous, formData);
  return state.ok && link ? { ...state, links: [link] } : state;
}
