import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { useSmtpServer } from '@/lib/testing/smtp';
import { makeActor } from '@/lib/testing/factories';
import { makeMaterial } from '@/lib/testing/comms';
import { mailSubscribers } from '@/db/schema';
import { POST as unsubscribePost } from '@/app/api/subscriptions/unsubscribe/[token]/route';
import { deliverDueMail } from './worker';
import { confirmSubscription, queueNewMaterialMails, subscribe, SUBSCRIBE_LIMIT_PER_CLIENT } from './subscriptions';

const { db } = useTestDatabase();
useTempUploads();
const smtp = useSmtpServer();
beforeEach(() => smtp.clear());

const HOUR = 3_600_000;
const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
const mailsTo = (address: string) => smtp.received.filter((m) => to(m).includes(address));
const linkIn = (m: ParsedMail, path: string) => new RegExp(`${path}/([^\\s<"]+)`).exec(m.text ?? '')?.[1];

/** Subscribes, delivers the confirmation mail and, unless told not to, follows its link. */
async function subscriber(address: string, { confirm = true } = {}) {
  expect(await subscribe({ email: address }, `198.51.100.${Math.floor(Math.random() * 250)}`)).toEqual({ ok: true });
  await deliverDueMail();
  const [mail] = mailsTo(address);
  expect(mail.subject).toBe('Xác nhận đăng ký nhận tài liệu mới');
  if (confirm) expect(await confirmSubscription(linkIn(mail, '/nhan-tin/xac-nhan')!)).toBe(true);
  return mail;
}

describe('subscriptions to new materials', () => {
  it('double opt-in: only the confirmed address is mailed a new material, with RFC 8058 headers', async () => {
    await subscriber('phongvien@bao.test');
    await subscriber('chua-xac-nhan@bao.test', { confirm: false });
    smtp.clear();
    const admin = await makeActor('admin');
    const material = await makeMaterial(admin, { title: 'Tài liệu mới cho báo chí' });
    await queueNewMaterialMails();
    await deliverDueMail();
    expect(mailsTo('chua-xac-nhan@bao.test')).toHaveLength(0);
    const [mail] = mailsTo('phongvien@bao.test');
    expect(smtp.received).toHaveLength(1);
    expect(mail.subject).toBe('Tài liệu mới: Tài liệu mới cho báo chí');
    expect(mail.text).toContain(`/tai-lieu/${material.slug}`);
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r\n\s+/g, ' '); // unfolded
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http[^>]+\/api\/subscriptions\/unsubscribe\/[0-9a-f-]{36}\.[\w-]{32}>$/);
    // Once per material: another round sends nothing.
    await queueNewMaterialMails();
    expect(await deliverDueMail()).toMatchObject({ sent: 0 });
  });

  it('a scheduled material is mailed only when due', async () => {
    await subscriber('hen-gio@bao.test');
    smtp.clear();
    const admin = await makeActor('admin');
    const due = new Date(Date.now() + 2 * HOUR);
    await makeMaterial(admin, { title: 'Tài liệu hẹn giờ', publishAt: new Date(due.getTime() + 7 * HOUR).toISOString().slice(0, 16) }); // Vietnam local time
    await queueNewMaterialMails();
    await deliverDueMail();
    expect(mailsTo('hen-gio@bao.test')).toHaveLength(0);
    await queueNewMaterialMails(new Date(due.getTime() + HOUR));
    await deliverDueMail(new Date(due.getTime() + HOUR));
    expect(mailsTo('hen-gio@bao.test').map((m) => m.subject)).toEqual(['Tài liệu mới: Tài liệu hẹn giờ']);
  });

  it('unsubscribes in one click (POST, no session), erases the address and stops mail', async () => {
    const confirmation = await subscriber('huy@bao.test');
    const header = confirmation.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ') ?? '';
    const token = /unsubscribe\/([^>\s]+)>/.exec(header)![1];
    expect(linkIn(confirmation, '/nhan-tin/huy')).toBe(token);
    const forged = await unsubscribePost(new Request('http://x/', { method: 'POST', body: 'List-Unsubscribe=One-Click' }), { params: Promise.resolve({ token: `${token.split('.')[0]}.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` }) });
    expect(forged.status).toBe(404);
    const response = await unsubscribePost(
      new Request('http://x/', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
      { params: Promise.resolve({ token }) },
    );
    expect(response.status).toBe(200);
    const [row] = await db().select().from(mailSubscribers).where(eq(mailSubscribers.id, token.split('.')[0]));
    expect(row).toMatchObject({ status: 'unsubscribed', email: null });
    smtp.clear();
    await makeMaterial(await makeActor('admin'));
    await queueNewMaterialMails();
    await deliverDueMail();
    expect(mailsTo('huy@bao.test')).toHaveLength(0);
  });

  it('rate-limits the form per client and refuses a bad address', async () => {
    const client = '203.0.113.9';
    for (let i = 0; i < SUBSCRIBE_LIMIT_PER_CLIENT; i++) expect(await subscribe({ email: `a${i}@bao.test` }, client)).toEqual({ ok: true });
    expect(await subscribe({ email: 'them@bao.test' }, client)).toMatchObject({ ok: false, reason: 'rate_limited' });
    await expect(subscribe({ email: 'khong-phai-email' }, '203.0.113.10')).rejects.toThrow();
  });
});
