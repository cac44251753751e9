import 'server-only';
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { mailJobs, mailSubscribers } from '@/db/schema';
import { UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { takeRateLimits } from '@/lib/http/rate-limit';
import { mailEnabled } from './config';
import { subscriberIdFromToken } from './subscriber-tokens';
import { wakeMailWorker } from './worker';

export const SUBSCRIBE_LIMIT_PER_CLIENT = 5;
export const SUBSCRIBE_LIMIT_PER_ADDRESS = 2;

export const subscribeSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'Địa chỉ quá dài.').pipe(z.email('Nhập một địa chỉ e-mail hợp lệ, ví dụ ten@baoquangngai.vn.')),
});

export type SubscribeOutcome = { ok: true } | { ok: false; reason: 'rate_limited'; retryAfterS: number };

/**
 * Double opt-in, step one: the address gets a confirmation mail and nothing else until it
 * confirms. The answer is the same whether the address was new, pending or confirmed, so the
 * form tells nobody who subscribes. Limited per client and per address (mail bombing).
 */
export async function subscribe(input: { email: string }, client: string | null): Promise<SubscribeOutcome> {
  if (!mailEnabled()) throw new UserInputError('E-mail đang tắt: chưa đăng ký được, xin quay lại sau.');
  const { email } = subscribeSchema.parse(input);
  const addressKey = crypto.createHash('sha256').update(email).digest('hex');
  const taken = await takeRateLimits([
    { key: `subscribe:${client ?? 'unknown'}`, max: SUBSCRIBE_LIMIT_PER_CLIENT },
    { key: `subscribe-address:${addressKey}`, max: SUBSCRIBE_LIMIT_PER_ADDRESS },
  ]);
  if (!taken.ok) return { ok: false, reason: 'rate_limited', retryAfterS: taken.retryAfterS };
  const queued = await getDb().transaction(async (tx) => {
    await tx.insert(mailSubscribers).values({ email }).onConflictDoNothing({ target: mailSubscribers.email });
    const [subscriber] = await tx.select().from(mailSubscribers).where(eq(mailSubscribers.email, email));
    if (subscriber.status !== 'pending') return false;
    await tx.insert(mailJobs).values({ kind: 'subscription_confirm', dedupeKey: `optin:${subscriber.id}:${crypto.randomUUID()}`, subscriberId: subscriber.id });
    return true;
  });
  if (queued) wakeMailWorker();
  return { ok: true };
}

/** Step two, from the confirmation mail's link. False for a forged, stale or unsubscribed token. */
export async function confirmSubscription(token: string): Promise<boolean> {
  const id = subscriberIdFromToken('confirm', token);
  if (!id) return false;
  const [row] = await getDb()
    .update(mailSubscribers)
    .set({ status: 'confirmed', confirmedAt: sql`coalesce(${mailSubscribers.confirmedAt}, now())` })
    .where(and(eq(mailSubscribers.id, id), sql`${mailSubscribers.status} in ('pending', 'confirmed')`))
    .returning({ id: mailSubscribers.id });
  return !!row;
}

/**
 * One click, no session (RFC 8058): the address is erased at once (it was kept for these mails
 * only) and whatever was still queued for it is cancelled. Idempotent; false for a forged token.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  const id = subscriberIdFromToken('unsubscribe', token);
  if (!id) return false;
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(mailSubscribers)
      .set({ status: 'unsubscribed', email: null, unsubscribedAt: sql`coalesce(${mailSubscribers.unsubscribedAt}, now())` })
      .where(eq(mailSubscribers.id, id))
      .returning({ id: mailSubscribers.id });
    if (!row) return false;
    await tx
      .update(mailJobs)
      .set({ status: 'cancelled', lastError: 'Người nhận đã huỷ đăng ký.', updatedAt: new Date() })
      .where(and(eq(mailJobs.subscriberId, id), eq(mailJobs.status, 'queued')));
    await recordAudit(tx, null, { action: 'subscription.unsubscribe', entityType: 'subscriber', entityId: id });
    return true;
  });
}

const RECENT_DAYS = 7;

/**
 * One mail per confirmed subscriber per material published (or come due, if scheduled) after they
 * confirmed; the dedupe key makes a second round a no-op. Only the last week is looked at.
 */
export async function queueNewMaterialMails(now = new Date()): Promise<number> {
  if (!mailEnabled()) return 0;
  // Instants as ISO text: raw sql parameters are not converted from Date by every driver.
  const result = await getDb().execute(sql`
    insert into mail_jobs (kind, dedupe_key, subscriber_id, material_id)
    select 'new_material', 'material:' || s.id || ':' || m.id, s.id, m.id
    from mail_subscribers s
    join materials m on m.status = 'published' and m.published_at <= ${now.toISOString()}::timestamptz and m.published_at > s.confirmed_at
      and m.published_at > ${new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString()}::timestamptz
    where s.status = 'confirmed'
    on conflict (dedupe_key) do nothing
    returning id`);
  const count = Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0);
  if (count) wakeMailWorker();
  return count;
}
