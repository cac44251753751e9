import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { useSmtpServer } from '@/lib/testing/smtp';
import { makeActor } from '@/lib/testing/factories';
import { makeLetter } from '@/lib/testing/comms';
import { letterReceipts, mailJobs, materials } from '@/db/schema';
import { deliverDueMail } from '@/lib/mail/worker';
import { sendLetter } from './send';
import { sendLetterSchema } from './schema';
import { setRecipientEmails } from './emails';
import { openReceipt, confirmReceiptByToken } from './receipt';
import { getLetterTracking } from './tracking';
import { DEFAULT_REMINDER_POLICY, readReminderPolicy, setReminderPolicy } from './reminder-settings';
import { queueDueReminders, queueLetterMail, remindUnconfirmedNow, resendLetterMail } from './delivery';

const { db } = useTestDatabase();
useTempUploads();
const smtp = useSmtpServer();
beforeEach(() => smtp.clear());

const UNITS = { 'police:cong-an-tinh': 'vanthu@congan.test', 'district-pc:524': 'ubnd@binhson.test', 'district-pc:534': 'ubnd@ducpho.test' };
const HOUR = 3_600_000;
const toOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
const linkOf = (mail: ParsedMail) => /\/van-ban\/([A-Za-z0-9_-]{32})/.exec(mail.text ?? '')?.[1];

async function sentToThree() {
  const admin = await makeActor('admin');
  for (const [key, email] of Object.entries(UNITS)) await setRecipientEmails(admin, { recipientKey: key, emails: email });
  const letter = await makeLetter(admin);
  const links = await sendLetter(admin, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: Object.keys(UNITS) }));
  return { admin, letter, links };
}

describe('letters by e-mail', () => {
  it('a letter sent to 3 units makes exactly 3 messages, each with its own link that opens its own receipt', async () => {
    const { links } = await sentToThree();
    expect(links.every((l) => l.emailQueued)).toBe(true);
    expect(await deliverDueMail()).toMatchObject({ sent: 3, retry: 0, failed: 0 });
    expect(smtp.received).toHaveLength(3);
    for (const [key, email] of Object.entries(UNITS)) {
      const mail = smtp.received.find((m) => toOf(m).includes(email))!;
      expect(mail, key).toBeDefined();
      const token = linkOf(mail)!;
      const issued = links.find((l) => l.url.endsWith(`/van-ban/${token}`))!;
      const { receipt } = await openReceipt(token);
      expect(receipt.id).toBe(issued.receiptId);
      expect(mail.text).toContain(receipt.recipientName);
      expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    }
    // Nothing left to send: a second round delivers nothing more.
    expect(await deliverDueMail(new Date(Date.now() + 24 * HOUR))).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(3);
    const { receipts } = await getLetterTracking(await makeActor('admin'), (await db().select().from(letterReceipts).where(eq(letterReceipts.id, links[0].receiptId)))[0].materialId);
    expect(receipts.map((r) => r.mail?.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('never queues a second first mail for one recipient and version', async () => {
    const { links } = await sentToThree();
    const [job] = await db().select().from(mailJobs).where(eq(mailJobs.receiptId, links[0].receiptId));
    const again = await queueLetterMail(db(), null, 'letter', [{ id: links[0].receiptId, recipientKey: 'police:cong-an-tinh' }], () => job.dedupeKey);
    expect(again).toBe(0);
    expect(await db().select().from(mailJobs).where(eq(mailJobs.receiptId, links[0].receiptId))).toHaveLength(1);
    expect(await deliverDueMail()).toMatchObject({ sent: 3 });
  });

  it('retries a temporary failure (451) and delivers it exactly once', async () => {
    const admin = await makeActor('admin');
    await setRecipientEmails(admin, { recipientKey: 'police:cong-an-tinh', emails: 'vanthu@congan.test' });
    const letter = await makeLetter(admin);
    const [link] = await sendLetter(admin, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: ['police:cong-an-tinh'] }));
    smtp.failNext(451, 'Try again later');
    const now = new Date();
    expect(await deliverDueMail(now)).toMatchObject({ sent: 0, retry: 1 });
    expect(smtp.received).toHaveLength(0);
    const [waiting] = await db().select().from(mailJobs).where(eq(mailJobs.receiptId, link.receiptId));
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.lastError).toContain('451');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not due yet: nothing happens; once due, it goes, once.
    expect(await deliverDueMail(now)).toMatchObject({ sent: 0, retry: 0 });
    expect(await deliverDueMail(new Date(now.getTime() + HOUR))).toMatchObject({ sent: 1 });
    expect(await deliverDueMail(new Date(now.getTime() + 48 * HOUR))).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
    const [done] = await db().select().from(mailJobs).where(eq(mailJobs.receiptId, link.receiptId));
    expect(done).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('gives up on a temporary failure after MAIL_MAX_ATTEMPTS, keeping the last reason', async () => {
    process.env.MAIL_MAX_ATTEMPTS = '2';
    try {
      const admin = await makeActor('admin');
      await setRecipientEmails(admin, { recipientKey: 'unions:tinh-doan', emails: 'vanphong@tinhdoan.test' });
      const letter = await makeLetter(admin);
      await sendLetter(admin, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: ['unions:tinh-doan'] }));
      smtp.failNext(421, 'Service not available');
      smtp.failNext(452, 'Insufficient storage');
      const now = Date.now();
      expect(await deliverDueMail(new Date(now))).toMatchObject({ retry: 1 });
      expect(await deliverDueMail(new Date(now + 24 * HOUR))).toMatchObject({ failed: 1 });
      const { receipts } = await getLetterTracking(admin, letter.id);
      expect(receipts[0].mail).toMatchObject({ status: 'failed', attempts: 2 });
      expect(receipts[0].mail!.lastError).toMatch(/452.*Insufficient storage/);
      expect(smtp.received).toHaveLength(0);
    } finally {
      delete process.env.MAIL_MAX_ATTEMPTS;
    }
  });

  it('marks a permanent failure (550) failed with the server reason, shown on the tracking page', async () => {
    const admin = await makeActor('admin');
    await setRecipientEmails(admin, { recipientKey: 'district-pc:534', emails: 'ubnd@ducpho.test' });
    const letter = await makeLetter(admin);
    await sendLetter(admin, sendLetterSchema.parse({ materialId: letter.id, recipientKeys: ['district-pc:534'] }));
    smtp.failNext(550, 'Mailbox unavailable');
    expect(await deliverDueMail()).toMatchObject({ failed: 1, retry: 0 });
    expect(await deliverDueMail(new Date(Date.now() + 48 * HOUR))).toMatchObject({ sent: 0 });
    const { receipts } = await getLetterTracking(admin, letter.id);
    expect(receipts[0].mail).toMatchObject({ status: 'failed', attempts: 1 });
    expect(receipts[0].mail!.lastError).toMatch(/550.*Mailbox unavailable/);
  });

  it('resends on request as a new job with the same personal link', async () => {
    const { admin, links } = await sentToThree();
    await deliverDueMail();
    await resendLetterMail(admin, links[1].receiptId);
    expect(await deliverDueMail()).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(4);
    expect(links[1].url.endsWith(`/van-ban/${linkOf(smtp.received[3])}`)).toBe(true);
  });

  it('reminds only the unconfirmed, now on request and then on the working-day schedule', async () => {
    const { admin, letter, links } = await sentToThree();
    await deliverDueMail();
    smtp.clear();
    const token = links[0].url.split('/van-ban/')[1];
    await confirmReceiptByToken(token);
    expect(await remindUnconfirmedNow(admin, letter.id)).toBe(2);
    await deliverDueMail();
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received.every((m) => m.subject?.startsWith('Nhắc xác nhận'))).toBe(true);
    expect(smtp.received.flatMap(toOf).sort()).toEqual(['ubnd@binhson.test', 'ubnd@ducpho.test']);
    // Default policy: 2 reminders at most, 2 working days apart; one was just sent.
    // (Other tests' letters share the database: count this letter's reminders only.)
    smtp.clear();
    const reminders = async () => (await db().select().from(mailJobs).innerJoin(letterReceipts, eq(letterReceipts.id, mailJobs.receiptId)))
      .filter((r) => r.letter_receipts.materialId === letter.id && r.mail_jobs.kind === 'letter_reminder').length;
    await queueDueReminders(new Date(Date.now() + HOUR));
    expect(await reminders()).toBe(2);
    await queueDueReminders(new Date(Date.now() + 14 * 24 * HOUR));
    expect(await reminders()).toBe(4);
    await queueDueReminders(new Date(Date.now() + 28 * 24 * HOUR));
    expect(await reminders()).toBe(4);
    await deliverDueMail(new Date(Date.now() + 14 * 24 * HOUR));
    const [{ title }] = await db().select({ title: materials.title }).from(materials).where(eq(materials.id, letter.id));
    const ours = smtp.received.filter((m) => m.subject?.endsWith(title));
    expect(ours.flatMap(toOf).sort()).toEqual(['ubnd@binhson.test', 'ubnd@ducpho.test']);
  });

  it('reminder policy: admin-only setting, validated, and at most maxReminders scheduled reminders', async () => {
    const admin = await makeActor('admin');
    await expect(setReminderPolicy(await makeActor('district', { districtCode: '524' }), { afterWorkingDays: 1, spacingWorkingDays: 1, maxReminders: 1 })).rejects.toThrow();
    await expect(setReminderPolicy(admin, { afterWorkingDays: 0, spacingWorkingDays: 1, maxReminders: 1 })).rejects.toThrow();
    await setReminderPolicy(admin, { afterWorkingDays: 1, spacingWorkingDays: 1, maxReminders: 1 });
    expect(await readReminderPolicy()).toEqual({ afterWorkingDays: 1, spacingWorkingDays: 1, maxReminders: 1 });
    const { links } = await sentToThree();
    const ids = links.map((l) => l.receiptId);
    for (const days of [7, 14, 21]) await queueDueReminders(new Date(Date.now() + days * 24 * HOUR));
    const rows = await db().select().from(letterReceipts);
    expect(rows.filter((r) => ids.includes(r.id)).map((r) => r.remindersSent)).toEqual([1, 1, 1]);
    await setReminderPolicy(admin, DEFAULT_REMINDER_POLICY);
  });

  it('validates unit addresses: a bad one is refused with a Vietnamese reason and nothing is saved', async () => {
    const admin = await makeActor('admin');
    await expect(setRecipientEmails(admin, { recipientKey: 'press:bao-quang-ngai', emails: 'toasoan@bao.test, khong-phai-email' })).rejects.toThrow(/không hợp lệ/);
    await expect(setRecipientEmails(admin, { recipientKey: 'khong-co:1', emails: 'a@b.test' })).rejects.toThrow(/không thuộc danh sách/);
    expect(await setRecipientEmails(admin, { recipientKey: 'press:bao-quang-ngai', emails: 'ToaSoan@bao.test; toasoan@bao.test\nbientap@bao.test' }))
      .toEqual(['toasoan@bao.test', 'bientap@bao.test']);
    await expect(setRecipientEmails(await makeActor('district', { districtCode: '524' }), { recipientKey: 'press:bao-quang-ngai', emails: '' })).rejects.toThrow();
  });

  it('with e-mail off, sending works as before and queues nothing', async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const { links } = await sentToThree();
      expect(links.some((l) => l.emailQueued)).toBe(false);
      expect(await db().select().from(mailJobs).where(eq(mailJobs.receiptId, links[0].receiptId))).toHaveLength(0);
    } finally {
      process.env.SMTP_URL = url;
    }
  });
});
