import 'server-only';
import { eq } from 'drizzle-orm';
import type Mail from 'nodemailer/lib/mailer';
import { getDb } from '@/db';
import { letterReceipts, mailJobs, mailSubscribers, materials } from '@/db/schema';
import { publicBaseUrl } from '@/lib/config/base-url';
import { getStorage } from '@/lib/storage';
import { formatDate } from '@/lib/text/format';
import { openSealedToken } from '@/lib/letters/sealed-token';
import { MAX_ATTACHMENT_BYTES, mailFrom } from './config';
import { subscriberToken } from './subscriber-tokens';

type Job = typeof mailJobs.$inferSelect;
/** What to do with a claimed job: send this message, or close it without sending. */
export type Composed = { send: Mail.Options } | { fail: string } | { cancel: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l).replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>')}</p>`).join('\n');
const base = () => publicBaseUrl().url;

async function readFile(key: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = (await getStorage().read(key)).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return Buffer.concat(chunks);
}

async function letterMessage(job: Job): Promise<Composed> {
  if (!job.receiptId) return { fail: 'Thiếu đơn vị nhận.' };
  const [row] = await getDb()
    .select({ receipt: letterReceipts, letter: materials })
    .from(letterReceipts)
    .innerJoin(materials, eq(materials.id, letterReceipts.materialId))
    .where(eq(letterReceipts.id, job.receiptId));
  if (!row) return { cancel: 'Đơn vị nhận không còn.' };
  const { receipt, letter } = row;
  if (job.kind === 'letter_reminder' && receipt.confirmedAt) return { cancel: 'Đơn vị đã xác nhận trước khi nhắc.' };
  const token = openSealedToken(receipt.tokenSealed);
  if (!token) return { fail: 'Không mở được liên kết riêng (đổi AUTH_SECRET?): hãy cấp lại liên kết rồi gửi lại.' };
  if (!job.toAddresses.length) return { fail: 'Đơn vị chưa có địa chỉ e-mail.' };
  const link = `${base()}/van-ban/${token}`;
  const label = [letter.documentNumber && `số ${letter.documentNumber}`, letter.issuedOn && `ngày ${formatDate(letter.issuedOn)}`].filter(Boolean).join(' ');
  const reminder = job.kind === 'letter_reminder';
  const subject = `${reminder ? 'Nhắc xác nhận: ' : ''}Văn bản ${label}: ${letter.title}`.replace(/\s+/g, ' ');
  const lines = [
    `Kính gửi: ${receipt.recipientName}`,
    reminder
      ? `Sở Thông tin và Truyền thông tỉnh Quảng Ngãi chưa nhận được xác nhận của đơn vị đối với văn bản ${label} "${letter.title}".`
      : `Sở Thông tin và Truyền thông tỉnh Quảng Ngãi gửi đơn vị văn bản ${label} "${letter.title}".`,
    ...(receipt.note ? [`Lời nhắn: ${receipt.note}`] : []),
    `Đơn vị xem văn bản và bấm "Xác nhận đã nhận" tại liên kết riêng: ${link}`,
    'Liên kết này dành riêng cho đơn vị, xin không chuyển tiếp ra ngoài.',
  ];
  const attachments: Mail.Attachment[] = [];
  if (!reminder && letter.fileKey && letter.fileMime === 'application/pdf' && (letter.fileSize ?? Infinity) <= MAX_ATTACHMENT_BYTES) {
    attachments.push({ filename: letter.fileName ?? 'van-ban.pdf', content: await readFile(letter.fileKey), contentType: 'application/pdf' });
  }
  return { send: { from: mailFrom(), to: job.toAddresses, subject, text: lines.join('\n\n'), html: paragraphs(lines), attachments } };
}

async function subscriberMessage(job: Job): Promise<Composed> {
  if (!job.subscriberId) return { fail: 'Thiếu người đăng ký.' };
  const [subscriber] = await getDb().select().from(mailSubscribers).where(eq(mailSubscribers.id, job.subscriberId));
  const wanted = job.kind === 'subscription_confirm' ? 'pending' : 'confirmed';
  if (!subscriber?.email || subscriber.status !== wanted) return { cancel: 'Người đăng ký đã huỷ hoặc chưa xác nhận.' };
  const unsubscribe = `${base()}/nhan-tin/huy/${subscriberToken('unsubscribe', subscriber.id)}`;
  const headers = {
    // RFC 8058: a mail client may unsubscribe with one POST, no page, no session.
    'List-Unsubscribe': `<${base()}/api/subscriptions/unsubscribe/${subscriberToken('unsubscribe', subscriber.id)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  let subject: string;
  let lines: string[];
  if (job.kind === 'subscription_confirm') {
    subject = 'Xác nhận đăng ký nhận tài liệu mới';
    lines = [
      'Địa chỉ này vừa được đăng ký nhận thư báo tài liệu mới của Cổng thông tin phòng, chống dịch tỉnh Quảng Ngãi.',
      `Nếu đúng là bạn, hãy xác nhận tại: ${base()}/nhan-tin/xac-nhan/${subscriberToken('confirm', subscriber.id)}`,
      'Nếu không phải bạn, hãy bỏ qua thư này: địa chỉ sẽ không nhận thêm thư nào.',
    ];
  } else {
    const [material] = job.materialId ? await getDb().select().from(materials).where(eq(materials.id, job.materialId)) : [];
    if (!material) return { cancel: 'Tài liệu không còn.' };
    subject = `Tài liệu mới: ${material.title}`;
    lines = [material.title, ...(material.summary ? [material.summary] : []), `Xem và tải về: ${base()}/tai-lieu/${material.slug}`];
  }
  lines.push(`Huỷ nhận thư (một lần bấm): ${unsubscribe}`, 'Địa chỉ e-mail của bạn chỉ dùng để gửi các thư này.');
  return { send: { from: mailFrom(), to: subscriber.email, subject, text: lines.join('\n\n'), html: paragraphs(lines), headers } };
}

export function composeMail(job: Job): Promise<Composed> {
  return job.kind === 'subscription_confirm' || job.kind === 'new_material' ? subscriberMessage(job) : letterMessage(job);
}
