import 'server-only';
import { and, eq, inArray, lte, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { mailJobs } from '@/db/schema';
import { log } from '@/lib/log/logger';
import { MAIL_POLL_MS, mailEnabled, mailRetryPolicy, mailTransport } from './config';
import { composeMail } from './messages';

const CLAIM_BATCH = 20;
const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Takes due jobs for this process. `FOR UPDATE SKIP LOCKED`: several processes on one PostgreSQL
 * each take different rows and none waits; a job whose process died while sending (lease over)
 * is taken again. (PGlite is one process; the same statement simply finds no rival lock.)
 */
async function claimJobs(now: Date) {
  return getDb().transaction(async (tx) => {
    const due = await tx
      .select({ id: mailJobs.id })
      .from(mailJobs)
      .where(and(
        lte(mailJobs.nextAttemptAt, now),
        or(eq(mailJobs.status, 'queued'), and(eq(mailJobs.status, 'sending'), lt(mailJobs.lockedUntil, now))),
      ))
      .orderBy(mailJobs.nextAttemptAt)
      .limit(CLAIM_BATCH)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(mailJobs)
      .set({ status: 'sending', attempts: sql`${mailJobs.attempts} + 1`, lockedUntil: new Date(now.getTime() + CLAIM_LEASE_MS), updatedAt: now })
      .where(inArray(mailJobs.id, due.map((d) => d.id)))
      .returning();
  });
}

type SmtpError = Error & { responseCode?: number; response?: string; code?: string };

/** 5xx is the server's final word; 4xx and connection trouble are worth another try. */
export function isPermanent(error: SmtpError): boolean {
  return typeof error.responseCode === 'number' && error.responseCode >= 500;
}

const reasonOf = (error: SmtpError) => (error.response || error.message || error.code || 'Lỗi không rõ').slice(0, 500);

async function finish(id: string, set: Partial<typeof mailJobs.$inferInsert>, now: Date) {
  await getDb().update(mailJobs).set({ ...set, lockedUntil: null, updatedAt: now }).where(and(eq(mailJobs.id, id), eq(mailJobs.status, 'sending')));
}

async function deliver(job: typeof mailJobs.$inferSelect, now: Date): Promise<'sent' | 'retry' | 'failed' | 'cancelled'> {
  let composed;
  try {
    composed = await composeMail(job);
  } catch (error) {
    // The letter's file or the database failed us: like a connection error, worth another try.
    return retryOrFail(job, error as SmtpError, now);
  }
  if ('cancel' in composed) {
    await finish(job.id, { status: 'cancelled', lastError: composed.cancel }, now);
    return 'cancelled';
  }
  if ('fail' in composed) {
    await finish(job.id, { status: 'failed', lastError: composed.fail }, now);
    return 'failed';
  }
  try {
    await mailTransport().sendMail(composed.send);
    await finish(job.id, { status: 'sent', sentAt: new Date(), lastError: null }, now);
    return 'sent';
  } catch (caught) {
    return retryOrFail(job, caught as SmtpError, now);
  }
}

async function retryOrFail(job: typeof mailJobs.$inferSelect, error: SmtpError, now: Date): Promise<'retry' | 'failed'> {
  const policy = mailRetryPolicy();
  // Only the code and the job go to the log: the server's reply may name the address.
  log.warn({ where: 'mail.deliver', jobId: job.id, kind: job.kind, attempts: job.attempts, smtpCode: error.responseCode ?? error.code }, 'Gửi e-mail chưa được.');
  if (isPermanent(error) || job.attempts >= policy.maxAttempts) {
    await finish(job.id, { status: 'failed', lastError: reasonOf(error) }, now);
    return 'failed';
  }
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (job.attempts - 1));
  await finish(job.id, { status: 'queued', lastError: reasonOf(error), nextAttemptAt: new Date(now.getTime() + delay) }, now);
  return 'retry';
}

export type RoundResult = Record<'sent' | 'retry' | 'failed' | 'cancelled', number>;

/** Delivers every job due at `now` (tests pass a later `now` to reach a retry). */
export async function deliverDueMail(now = new Date()): Promise<RoundResult> {
  const result: RoundResult = { sent: 0, retry: 0, failed: 0, cancelled: 0 };
  for (let jobs = await claimJobs(now); jobs.length; jobs = await claimJobs(now)) {
    for (const job of jobs) result[await deliver(job, now)] += 1;
  }
  return result;
}

// Work that turns into jobs on a schedule (reminders, new materials) registers here, so the worker
// does not import the letters and materials code that itself wakes the worker.
type Producer = (now: Date) => Promise<unknown>;
const store = globalThis as typeof globalThis & {
  __qnMailWorker?: { timer: NodeJS.Timeout; running?: Promise<void>; stopped: boolean };
  __qnMailProducers?: Producer[];
};

export function registerMailProducer(producer: Producer): void {
  (store.__qnMailProducers ??= []).push(producer);
}

async function round(): Promise<void> {
  const now = new Date();
  for (const producer of store.__qnMailProducers ?? []) await producer(now);
  await deliverDueMail(now);
}

function tick(): void {
  const worker = store.__qnMailWorker;
  if (!worker || worker.stopped || worker.running) return;
  worker.running = round()
    .catch((error) => log.error({ where: 'mail.worker', err: error }, 'Vòng gửi e-mail thất bại; sẽ thử lại ở vòng sau.'))
    .finally(() => {
      worker.running = undefined;
    });
}

/** Polls the queue in this process (every process may run one). Does nothing while e-mail is off. */
export function startMailWorker(): void {
  if (store.__qnMailWorker || !mailEnabled()) return;
  store.__qnMailWorker = { timer: setInterval(tick, MAIL_POLL_MS()).unref(), stopped: false };
  setTimeout(tick, 1_000).unref();
}

/** A job was just queued: deliver soon rather than at the next poll. */
export function wakeMailWorker(): void {
  if (store.__qnMailWorker) setImmediate(tick);
}

/** On shutdown: no new round, and the one in flight finishes before the database closes. */
export async function stopMailWorker(): Promise<void> {
  const worker = store.__qnMailWorker;
  if (!worker) return;
  worker.stopped = true;
  clearInterval(worker.timer);
  await worker.running;
  store.__qnMailWorker = undefined;
}
