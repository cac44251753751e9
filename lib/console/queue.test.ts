import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '@/lib/checks/types';
import { IDEMPOTENCY_KEY_PATTERN } from '@/lib/checks/idempotency-key';
import { fakeIngest } from '@/lib/testing/fake-ingest';
import { openIdbQueueStore } from './queue-store';
import { dismissRefused, enqueueCheck, pruneAnswered, syncQueue, withdrawPending, KEEP_ANSWERED_MS } from './queue';
import type { QueueStore } from './queue-types';

let dbCounter = 0;
const freshStore = () => openIdbQueueStore(`queue-test-${dbCounter++}`);
const OFFICER = 'officer-1';

function check(overrides: Partial<CheckInput> = {}): Omit<CheckInput, 'idempotencyKey'> {
  return { method: 'direct', checkpointId: 'cp-1', source: 'bluezone', doses: 2, lastDoseOn: '2021-08-26', checkedAt: '2021-09-21T02:00:00.000Z', ...overrides };
}

async function enqueueMany(store: QueueStore, n: number, owner = OFFICER) {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) keys.push((await enqueueCheck(store, owner, check({ doses: i % 3 }), 'valid', 1000 + i)).key);
  return keys;
}

describe('enqueueCheck', () => {
  it('persists the check with a fresh contract-shaped key before returning', async () => {
    const store = await freshStore();
    const keys = await enqueueMany(store, 500);
    expect(new Set(keys).size).toBe(500);
    for (const key of keys) expect(key).toMatch(IDEMPOTENCY_KEY_PATTERN);
    // A second connection to the same database sees it: it is committed, not only in memory.
    const reopened = await openIdbQueueStore(`queue-test-${dbCounter - 1}`);
    const saved = await reopened.get(keys[0]);
    expect(saved).toMatchObject({ status: 'pending', attempts: 0, ownerId: OFFICER, provisional: 'valid' });
    expect(saved?.input.idempotencyKey).toBe(keys[0]);
  });
});

describe('syncQueue', () => {
  it('marks answered checks and never sends them again', async () => {
    const store = await freshStore();
    await enqueueMany(store, 3);
    const server = fakeIngest();
    const report = await syncQueue(store, OFFICER, server.transport);
    expect(report).toMatchObject({ sent: 3, stored: 3, unanswered: 0, stoppedBecause: null });
    const items = await store.list(OFFICER);
    expect(items.map((i) => i.status)).toEqual(['stored', 'stored', 'stored']);
    expect(items.every((i) => i.passage?.id)).toBe(true);
    const again = await syncQueue(store, OFFICER, server.transport);
    expect(again.sent).toBe(0);
    expect(server.batchSizes).toEqual([3]);
  });

  it('drops the scanned HC1 string from the device once the server has answered, and only then', async () => {
    const store = await freshStore();
    const hc1 = 'HC1:6BFOXN%TSMAHN-HWWK2RL99TEZP3Z9M52N651WGRJPTWG%E5EM5K:3.UAXCVEM7F5WA0';
    const scanned = await enqueueCheck(store, OFFICER, check({ method: 'officer_scan', hc1, doses: undefined, lastDoseOn: undefined, source: 'vaccine_passport' }), null, 1000);
    let drop = true;
    const server = fakeIngest({ dropAfterCommit: () => drop });
    await syncQueue(store, OFFICER, server.transport);
    expect((await store.get(scanned.key))?.input.hc1).toBe(hc1);
    drop = false;
    await syncQueue(store, OFFICER, server.transport);
    const answeredItem = await store.get(scanned.key);
    expect(answeredItem?.status).toMatch(/stored|duplicate/);
    expect(answeredItem?.input).not.toHaveProperty('hc1');
    expect(JSON.stringify(answeredItem)).not.toContain('HC1:');
  });

  it('keeps everything with the same keys when no answer comes, and retries those keys', async () => {
    const store = await freshStore();
    const keys = await enqueueMany(store, 4);
    let drop = true;
    const server = fakeIngest({ dropAfterCommit: () => drop });
    const report = await syncQueue(store, OFFICER, server.transport);
    expect(report).toMatchObject({ sent: 4, unanswered: 4, stoppedBecause: 'no_answer', problem: 'mất kết nối' });
    const waiting = await store.list(OFFICER);
    expect(waiting.every((i) => i.status === 'pending' && i.attempts === 1 && i.lastProblem === 'mất kết nối')).toBe(true);
    drop = false;
    const retry = await syncQueue(store, OFFICER, server.transport);
    expect(server.sentKeys[1]).toEqual(keys);
    // The server had committed them the first time: the retry finds duplicates, not new passages.
    expect(retry).toMatchObject({ duplicate: 4, stored: 0 });
    expect(server.passages.size).toBe(4);
  });

  it('retries only the items the answer left out', async () => {
    const store = await freshStore();
    const keys = await enqueueMany(store, 5);
    const left = new Set([keys[1], keys[3]]);
    let omit = true;
    const server = fakeIngest({ omit: (input) => omit && left.has(input.idempotencyKey) });
    const first = await syncQueue(store, OFFICER, server.transport);
    expect(first).toMatchObject({ stored: 3, unanswered: 2 });
    omit = false;
    await syncQueue(store, OFFICER, server.transport);
    expect(server.sentKeys[1]).toEqual([keys[1], keys[3]]);
    expect((await store.list(OFFICER)).every((i) => i.status !== 'pending')).toBe(true);
  });

  it('records a refusal per item with its reason, does not block the others and never resends it', async () => {
    const store = await freshStore();
    await enqueueMany(store, 6);
    const server = fakeIngest({ refuse: (input) => (input.doses === 1 ? 'checked_at_too_old' : null) });
    const report = await syncQueue(store, OFFICER, server.transport);
    expect(report).toMatchObject({ stored: 4, refused: 2, unanswered: 0 });
    const refused = (await store.list(OFFICER)).filter((i) => i.status === 'refused');
    expect(refused).toHaveLength(2);
    expect(refused[0].refusal).toEqual({ reason: 'checked_at_too_old', message: 'Từ chối: checked_at_too_old' });
    expect((await syncQueue(store, OFFICER, server.transport)).sent).toBe(0);
    await dismissRefused(store, refused[0].key);
    expect(await store.get(refused[0].key)).toBeUndefined();
  });

  it('keeps items refused only because the session ended or the server was busy, and stops on a lost session', async () => {
    const store = await freshStore();
    await enqueueMany(store, 3);
    const session = fakeIngest({ refuse: (input) => (input.doses === 1 ? 'rate_limited' : input.doses === 2 ? 'unauthenticated' : null) });
    const report = await syncQueue(store, OFFICER, session.transport);
    expect(report).toMatchObject({ stored: 1, refused: 0, unanswered: 2, stoppedBecause: 'signed_out' });
    const pending = (await store.list(OFFICER)).filter((i) => i.status === 'pending');
    expect(pending.map((i) => i.input.doses).sort()).toEqual([1, 2]);
    const retry = fakeIngest();
    expect(await syncQueue(store, OFFICER, retry.transport)).toMatchObject({ sent: 2, stored: 2 });
  });

  it('matches a refusal without a readable key by its position', async () => {
    const store = await freshStore();
    const [first, second] = await enqueueMany(store, 2);
    const passage = { id: 9, result: 'valid' as const, ruleVersion: 1, checkpointId: 'cp-1', checkedAt: '', evidence: 'officer_seen' as const, method: 'direct' as const, source: 'bluezone' as const };
    const transport = {
      sendBatch: async () => ({
        kind: 'answered' as const,
        results: [
          { status: 'refused' as const, idempotencyKey: null, reason: 'invalid', message: 'Dữ liệu không hợp lệ' },
          { status: 'stored' as const, idempotencyKey: second, passage },
        ],
      }),
      sendOne: async () => ({ kind: 'no_answer' as const, problem: 'x' }),
    };
    await syncQueue(store, OFFICER, transport);
    expect((await store.get(first))?.status).toBe('refused');
    expect((await store.get(second))?.passage?.id).toBe(9);
  });

  it('sends batches of at most 100 and stops at the first batch without an answer', async () => {
    const store = await freshStore();
    await enqueueMany(store, 250);
    let calls = 0;
    const server = fakeIngest({ dropAfterCommit: () => ++calls === 2 });
    const report = await syncQueue(store, OFFICER, server.transport);
    expect(server.batchSizes).toEqual([100, 100]);
    expect(report).toMatchObject({ sent: 200, stored: 100, unanswered: 100, stoppedBecause: 'no_answer' });
    const items = await store.list(OFFICER);
    expect(items.filter((i) => i.status === 'pending')).toHaveLength(150);
    expect(items.filter((i) => i.status === 'pending' && i.attempts === 0 && i.lastProblem === 'mất kết nối')).toHaveLength(50);
    const rest = await syncQueue(store, OFFICER, server.transport);
    expect(server.batchSizes).toEqual([100, 100, 100, 50]);
    expect(rest).toMatchObject({ stored: 50, duplicate: 100 });
  });

  it('sends items one by one when the server refuses the batch as a whole', async () => {
    const store = await freshStore();
    await enqueueMany(store, 3);
    const server = fakeIngest({ rejectBatches: true, refuse: (input) => (input.doses === 2 ? 'bad' : null) });
    const report = await syncQueue(store, OFFICER, server.transport);
    expect(report).toMatchObject({ stored: 2, refused: 1, unanswered: 0 });
    expect(server.sentKeys.slice(1).map((k) => k.length)).toEqual([1, 1, 1]);
  });

  it('stops and keeps every check when the session is gone', async () => {
    const store = await freshStore();
    await enqueueMany(store, 2);
    const transport = { sendBatch: async () => ({ kind: 'signed_out' as const, problem: 'đăng nhập lại' }), sendOne: async () => ({ kind: 'signed_out' as const, problem: 'đăng nhập lại' }) };
    const report = await syncQueue(store, OFFICER, transport);
    expect(report.stoppedBecause).toBe('signed_out');
    expect((await store.list(OFFICER)).every((i) => i.status === 'pending')).toBe(true);
  });

  it("sends only the signed-in officer's checks", async () => {
    const store = await freshStore();
    await enqueueMany(store, 2, 'someone-else');
    const mine = await enqueueMany(store, 1);
    const server = fakeIngest();
    await syncQueue(store, OFFICER, server.transport);
    expect(server.sentKeys).toEqual([mine]);
    expect((await store.list('someone-else')).every((i) => i.status === 'pending')).toBe(true);
  });

  it('replays 1,000 checks with 30% of answers lost after commit into exactly 1,000 passages', async () => {
    const store = await freshStore();
    await enqueueMany(store, 1000);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const server = fakeIngest({ dropAfterCommit: () => random() < 0.3 });
    for (let run = 0; run < 50; run++) {
      const report = await syncQueue(store, OFFICER, server.transport);
      if (report.sent === 0) break;
    }
    const items = await store.list(OFFICER);
    expect(items.filter((i) => i.status === 'pending')).toHaveLength(0);
    expect(server.passages.size).toBe(1000);
    expect(new Set(items.map((i) => i.passage?.id)).size).toBe(1000);
  });
});

describe('withdrawing and pruning', () => {
  it('withdraws only checks that still wait', async () => {
    const store = await freshStore();
    const [waiting, sent] = await enqueueMany(store, 2);
    const item = await store.get(sent);
    await store.put({ ...item!, status: 'stored' });
    expect(await withdrawPending(store, waiting)).toBe(true);
    expect(await withdrawPending(store, sent)).toBe(false);
    expect((await store.list(OFFICER)).map((i) => i.key)).toEqual([sent]);
  });

  it('forgets answered checks after a day but keeps waiting and refused ones', async () => {
    const store = await freshStore();
    const [old, recent, waiting, refused] = await enqueueMany(store, 4);
    const now = 10 * KEEP_ANSWERED_MS;
    for (const [key, status, answeredAt] of [[old, 'stored', now - KEEP_ANSWERED_MS - 1], [recent, 'duplicate', now - 1000], [refused, 'refused', 0]] as const) {
      await store.put({ ...(await store.get(key))!, status, answeredAt });
    }
    await pruneAnswered(store, OFFICER, now);
    expect((await store.list(OFFICER)).map((i) => i.key).sort()).toEqual([recent, waiting, refused].sort());
  });
});
