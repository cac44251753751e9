import type { CheckInput, CheckResult, IngestOutcome, StoredPassage } from '@/lib/checks/types';
import type { CertificateSummary } from '@/lib/certificates/verdict';

/** `pending` until the server has answered for this very check; answered checks never go again. */
export type QueueStatus = 'pending' | 'stored' | 'duplicate' | 'refused';

export interface QueuedCheck {
  /** The idempotency key: the same key on every retry, so a retry never makes a second passage. */
  key: string;
  /** The officer who recorded it: only that officer's session sends it. */
  ownerId: string;
  input: CheckInput;
  /** What this device judged with its cached rule; the server judges again. */
  provisional: CheckResult | null;
  status: QueueStatus;
  queuedAt: number;
  attempts: number;
  lastAttemptAt: number | null;
  /** Why the last attempt got no answer (Vietnamese), for the queue status. */
  lastProblem: string | null;
  passage: StoredPassage | null;
  refusal: { reason: string; message: string } | null;
  answeredAt: number | null;
  /** A scanned certificate as shown: the device's own reading first, the server's once it answers. */
  certificate?: CertificateSummary | null;
}

export interface QueueStore {
  add(item: QueuedCheck): Promise<void>;
  put(item: QueuedCheck): Promise<void>;
  get(key: string): Promise<QueuedCheck | undefined>;
  /** The owner's checks, oldest first. */
  list(ownerId: string): Promise<QueuedCheck[]>;
  remove(key: string): Promise<void>;
}

/** What one POST of a batch came back with. */
export type BatchAnswer =
  | { kind: 'answered'; results: IngestOutcome[] }
  /** Nothing usable came back (offline, timeout, 5xx, 429): every item is still unanswered. */
  | { kind: 'no_answer'; problem: string; retryAfterMs?: number }
  /** The session is gone (401/403): keep everything and ask the officer to sign in again. */
  | { kind: 'signed_out'; problem: string }
  /** The batch as a whole was refused (400/413…): send its items one by one to find out. */
  | { kind: 'rejected'; problem: string };

export type SingleAnswer =
  | { kind: 'answered'; outcome: IngestOutcome }
  | Exclude<BatchAnswer, { kind: 'answered' } | { kind: 'rejected' }>;

export interface CheckTransport {
  sendBatch(inputs: CheckInput[]): Promise<BatchAnswer>;
  sendOne(input: CheckInput): Promise<SingleAnswer>;
}
