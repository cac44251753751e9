'use server';
import { defineAction } from '@/lib/actions/define-action';
import { confirmation } from '@/lib/actions/confirmation';
import { receiptIdSchema, sendLetterSchema } from '@/lib/letters/schema';
import { reissueReceiptLink, sendLetter, type IssuedLink } from '@/lib/letters/send';
import type { LinksState } from '@/components/letters/send-state';
import { z } from 'zod';
import { remindUnconfirmedNow, resendLetterMail } from '@/lib/letters/delivery';
import { setRecipientEmails } from '@/lib/letters/emails';

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

const resendSchema = receiptIdSchema.extend({ confirmed: confirmation('Xác nhận gửi lại e-mail trước khi gửi.') });

export const resendLetterMailAction = defineAction(resendSchema, async (actor, { id }) => {
  const { recipientName } = await resendLetterMail(actor, id);
  return { message: `Đã xếp hàng gửi lại e-mail cho ${recipientName}.` };
});

const remindSchema = z.object({ materialId: z.uuid('Văn bản không hợp lệ.'), confirmed: confirmation('Xác nhận gửi nhắc trước khi gửi.') });

export const remindUnconfirmedAction = defineAction(remindSchema, async (actor, { materialId }) => {
  const count = await remindUnconfirmedNow(actor, materialId);
  return { message: `Đã xếp hàng ${count} e-mail nhắc xác nhận.`, revalidate: [`/quan-tri/van-ban-gui/${materialId}`] };
});

export const saveRecipientEmailsAction = defineAction(z.object({ recipientKey: z.string().max(120), emails: z.string().max(2000) }), async (actor, input) => {
  const emails = await setRecipientEmails(actor, input);
  return { message: emails.length ? `Đã lưu ${emails.length} địa chỉ.` : 'Đã xoá địa chỉ e-mail của đơn vị.', revalidate: ['/quan-tri/van-ban-gui/dia-chi-email'] };
});
