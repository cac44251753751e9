import type { CheckInput, CheckResult } from '@/lib/checks/types';
import { dismissRefused, enqueueCheck, pruneAnswered, syncQueue, withdrawPending, type SyncReport } from './queue';
import type { CheckTransport, QueueStore, QueuedCheck } from './queue-types';
import type { CertificateSummary } from '@/lib/certificates/verdict';

/**
 * One officer's queue on this page: records checks, runs one sync at a time (a request made while
 * one runs is folded into a second run), and respects the server's Retry-After.
 */
export class CheckSyncer {
  private running: Promise<SyncReport | null> | null = null;
  private again = false;
  private notBefore = 0;
  lastReport: SyncReport | null = null;

  constructor(
    private readonly store: QueueStore,
    private readonly ownerId: string,
    private readonly transport: CheckTransport,
    private readonly onChange: () => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  get syncing(): boolean {
    return this.running !== null;
  }

  list(): Promise<QueuedCheck[]> {
    return this.store.list(this.ownerId);
  }

  /** Persists first (the caller shows "đã lưu" once this resolves), then tries to send at once. */
  async record(input: Omit<CheckInput, 'idempotencyKey'>, provisional: CheckResult | null, certificate: CertificateSummary | null = null): Promise<QueuedCheck> {
    const item = await enqueueCheck(this.store, this.ownerId, input, provisional, this.now(), certificate);
    this.onChange();
    void this.sync();
    return item;
  }

  /** `force` ignores Retry-After (the officer pressed "Gửi ngay"). */
  sync(force = false): Promise<SyncReport | null> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    if (!force && this.now() < this.notBefore) return Promise.resolve(null);
    this.running = this.runUntilQuiet().finally(() => {
      this.running = null;
      this.onChange();
    });
    this.onChange();
    return this.running;
  }

  private async runUntilQuiet(): Promise<SyncReport | null> {
    let report: SyncReport | null = null;
    do {
      this.again = false;
      report = await syncQueue(this.store, this.ownerId, this.transport, this.now);
      this.lastReport = report;
      this.notBefore = report.retryAfterMs ? this.now() + report.retryAfterMs : 0;
      this.onChange();
    } while (this.again && !report.stoppedBecause);
    await pruneAnswered(this.store, this.ownerId, this.now());
    return report;
  }

  /** A waiting check may be taken back, but not while a send that may include it is under way. */
  async withdraw(key: string): Promise<boolean> {
    if (this.running) return false;
    const done = await withdrawPending(this.store, key);
    this.onChange();
    return done;
  }

  async dismiss(key: string): Promise<void> {
    await dismissRefused(this.store, key);
    this.onChange();
  }
}
