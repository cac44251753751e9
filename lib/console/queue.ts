import type { CheckInput, CheckResult, IngestOutcome } from '@/lib/checks/types';
import { newIdempotencyKey } from '@/lib/checks/idempotency-key';
import type { CheckTransport, QueueStore, QueuedCheck } from './queue-types';
import type { CertificateSummary } from '@/lib/certificates/verdict';

export const BATCH_SIZE = 100;
/** Answered checks stay on the device this long, for the officer's list and for voiding. */
export const KEEP_ANSWERED_MS = 24 * 60 * 60 * 1000;

/**
 * Persists a check before anything else happens, so the officer is told "đã lưu" only once it
 * survives a closed tab or a dead battery. The key is made here, once, and reused by every retry.
 */
export async function enqueueCheck(
  store: QueueStore,
  ownerId: string,
  input: Omit<CheckInput, 'idempotencyKey'>,
  provisional: CheckResult | null,
  now = Date.now(),
  certificate: CertificateSummary | null = null,
): Promise<QueuedCheck> {
  const key = newIdempotencyKey();
  const item: QueuedCheck = {
    key, ownerId, input: { ...input, idempotencyKey: key }, provisional, status: 'pending',
    queuedAt: now, attempts: 0, lastAttemptAt: null, lastProblem: null, passage: null, refusal: null, answeredAt: null,
    ...(certificate ? { certificate } : {}),
  };
  await store.add(item);
  return item;
}

export interface SyncReport {
  sent: number;
  stored: number;
  duplicate: number;
  refused: number;
  unanswered: number;
  /** Set when the run stopped early; the rest waits for the next run. */
  stoppedBecause: 'no_answer' | 'signed_out' | null;
  problem: string | null;
  retryAfterMs: number | null;
}

/**
 * Sends the owner's pending checks in batches and records each item's own answer. Only items
 * the server answered leave `pending`; anything without an answer (network cut, timeout, server
 * error, a missing result) is sent again next time with the same key.
 */
export async function syncQueue(store: QueueStore, ownerId: string, transport: CheckTransport, now: () => number = Date.now): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, stored: 0, duplicate: 0, refused: 0, unanswered: 0, stoppedBecause: null, problem: null, retryAfterMs: null };
  const pending = (await store.list(ownerId)).filter((item) => item.status === 'pending');
  for (let start = 0; start < pending.length; start += BATCH_SIZE) {
    const chunk = pending.slice(start, start + BATCH_SIZE);
    report.sent += chunk.length;
    const answer = await transport.sendBatch(chunk.map((item) => item.input));
    if (answer.kind === 'answered') {
      const signedOut = await applyOutcomes(store, chunk, matchOutcomes(chunk, answer.results), now(), report);
      if (signedOut) return stopRun(store, pending.slice(start + BATCH_SIZE), report, { kind: 'signed_out', problem: signedOut });
      continue;
    }
    if (answer.kind === 'rejected') {
      const stopped = await sendOneByOne(store, chunk, transport, now, report);
      if (stopped) return stopRun(store, pending.slice(start + BATCH_SIZE), report, stopped);
      continue;
    }
    await markUnanswered(store, chunk, answer.problem, now(), report);
    return stopRun(store, pending.slice(start + BATCH_SIZE), report, answer);
  }
  return report;
}

/** Each item's outcome: by idempotency key, or by position when the server could not read the key. */
export function matchOutcomes(chunk: QueuedCheck[], results: IngestOutcome[]): (IngestOutcome | undefined)[] {
  const byKey = new Map<string, IngestOutcome>();
  for (const result of results) if (result.idempotencyKey) byKey.set(result.idempotencyKey, result);
  return chunk.map((item, index) => {
    const keyed = byKey.get(item.key);
    if (keyed) return keyed;
    const positional = results[index];
    return positional && positional.idempotencyKey === null ? positional : undefined;
  });
}

/**
 * Refusals that say nothing about the check itself (the session ended, too many at once): the
 * item waits and goes again; every other refusal is final and shown with its reason.
 */
const TRANSIENT_REFUSALS = new Set(['unauthenticated', 'rate_limited']);

async function applyOutcomes(store: QueueStore, chunk: QueuedCheck[], outcomes: (IngestOutcome | undefined)[], at: number, report: SyncReport) {
  let signedOut: string | null = null;
  for (const [index, item] of chunk.entries()) {
    const outcome = outcomes[index];
    if (!outcome || (outcome.status === 'refused' && TRANSIENT_REFUSALS.has(outcome.reason))) {
      const problem = outcome?.status === 'refused' ? outcome.message : 'Máy chủ chưa trả lời cho kiểm tra này.';
      if (outcome?.status === 'refused' && outcome.reason === 'unauthenticated') signedOut = problem;
      await markUnanswered(store, [item], problem, at, report);
      continue;
    }
    await store.put(answered(item, outcome, at));
    report[outcome.status] += 1;
  }
  return signedOut;
}

function answered(item: QueuedCheck, outcome: IngestOutcome, at: number): QueuedCheck {
  // The server has judged this very check, so it never goes again: the scanned `HC1:` string (the
  // whole certificate, name and birth date included) leaves the device now, not at the day's prune.
  const { hc1: _sent, ...input } = item.input;
  const base = { ...item, input, attempts: item.attempts + 1, lastAttemptAt: at, lastProblem: null, answeredAt: at };
  if (outcome.status === 'refused') return { ...base, status: 'refused', refusal: { reason: outcome.reason, message: outcome.message } };
  return { ...base, status: outcome.status, passage: outcome.passage, ...(outcome.certificate ? { certificate: outcome.certificate } : {}) };
}

async function sendOneByOne(store: QueueStore, chunk: QueuedCheck[], transport: CheckTransport, now: () => number, report: SyncReport) {
  for (const [index, item] of chunk.entries()) {
    const answer = await transport.sendOne(item.input);
    if (answer.kind === 'answered') {
      const signedOut = await applyOutcomes(store, [item], [answer.outcome], now(), report);
      if (signedOut) {
        await markUnanswered(store, chunk.slice(index + 1), signedOut, now(), report);
        return { kind: 'signed_out' as const, problem: signedOut };
      }
      continue;
    }
    await markUnanswered(store, chunk.slice(index), answer.problem, now(), report);
    return answer;
  }
  return null;
}

async function markUnanswered(store: QueueStore, items: QueuedCheck[], problem: string, at: number, report: SyncReport) {
  for (const item of items) {
    await store.put({ ...item, attempts: item.attempts + 1, lastAttemptAt: at, lastProblem: problem });
    report.unanswered += 1;
  }
}

async function stopRun(
  store: QueueStore,
  rest: QueuedCheck[],
  report: SyncReport,
  answer: { kind: 'no_answer' | 'signed_out'; problem: string; retryAfterMs?: number },
): Promise<SyncReport> {
  // Items not sent in this run keep their attempt count but learn why they still wait.
  for (const item of rest) await store.put({ ...item, lastProblem: answer.problem });
  return { ...report, stoppedBecause: answer.kind, problem: answer.problem, retryAfterMs: answer.retryAfterMs ?? null };
}

/** The officer has read a refusal: it leaves the device (the server never stored it). */
export async function dismissRefused(store: QueueStore, key: string): Promise<void> {
  const item = await store.get(key);
  if (item?.status === 'refused') await store.remove(key);
}

/** A check still waiting may be taken back before it is sent (a mistaken tap while offline). */
export async function withdrawPending(store: QueueStore, key: string): Promise<boolean> {
  const item = await store.get(key);
  if (item?.status !== 'pending') return false;
  await store.remove(key);
  return true;
}

/** Forgets answered checks older than a day; pending and refused ones always stay. */
export async function pruneAnswered(store: QueueStore, ownerId: string, now = Date.now()): Promise<void> {
  for (const item of await store.list(ownerId)) {
    if ((item.status === 'stored' || item.status === 'duplicate') && (item.answeredAt ?? 0) < now - KEEP_ANSWERED_MS) {
      await store.remove(item.key);
    }
  }
}
