import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { letterRecipientEmails } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { recipientByKey } from './recipients';

export const MAX_EMAILS_PER_UNIT = 5;

/** One unit's addresses as typed: separated by commas, semicolons, spaces or lines. */
export const recipientEmailsSchema = z.object({
  recipientKey: z.string().max(120).refine((key) => !!recipientByKey(key), 'Đơn vị nhận không thuộc danh sách.'),
  emails: z
    .string()
    .max(2000, 'Quá dài.')
    .transform((text) => [...new Set(text.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))])
    .pipe(
      z.array(z.email('Có địa chỉ e-mail không hợp lệ (ví dụ đúng: vanthu@quangngai.gov.vn).'))
        .max(MAX_EMAILS_PER_UNIT, `Tối đa ${MAX_EMAILS_PER_UNIT} địa chỉ cho một đơn vị.`),
    ),
});

/** Addresses by recipient key (units without any are absent). */
export async function recipientEmailMap(db: Executor = getDb(), keys?: string[]): Promise<Map<string, string[]>> {
  if (keys && !keys.length) return new Map();
  const rows = await db
    .select()
    .from(letterRecipientEmails)
    .where(keys ? inArray(letterRecipientEmails.recipientKey, keys) : undefined);
  return new Map(rows.filter((r) => r.emails.length).map((r) => [r.recipientKey, r.emails]));
}

export async function listRecipientEmails(actor: Actor | null): Promise<Record<string, string[]>> {
  assertCan(actor, 'letters.manage');
  return Object.fromEntries(await recipientEmailMap());
}

/** Replaces one unit's addresses (an empty list removes them). The audit counts, never names, them. */
export async function setRecipientEmails(actor: Actor | null, input: { recipientKey: string; emails: string }): Promise<string[]> {
  assertCan(actor, 'letters.manage');
  const parsed = recipientEmailsSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Địa chỉ e-mail không hợp lệ.';
    throw new UserInputError(message, { emails: [message] });
  }
  const { recipientKey, emails } = parsed.data;
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(letterRecipientEmails).where(eq(letterRecipientEmails.recipientKey, recipientKey));
    const now = new Date();
    await tx
      .insert(letterRecipientEmails)
      .values({ recipientKey, emails, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({ target: letterRecipientEmails.recipientKey, set: { emails, updatedBy: actor.id, updatedAt: now } });
    await recordAudit(tx, actor, {
      action: 'letter.recipient_emails', entityType: 'letter_recipient', entityId: recipientKey,
      before: { addresses: before?.emails.length ?? 0 }, after: { recipient: recipientByKey(recipientKey)!.name, addresses: emails.length },
    });
  });
  return emails;
}
