import { describe, expect, it } from 'vitest';
import { fakeIngest } from '@/lib/testing/fake-ingest';
import { memoryQueueStore } from './queue-store';
import { CheckSyncer } from './syncer';
import type { CheckTransport } from './queue-types';

const input = { method: 'direct' as const, checkpointId: 'cp', source: 'paper' as const, doses: 2, lastDoseOn: '2021-08-01', checkedAt: '2021-09-21T02:00:00Z' };

describe('CheckSyncer', () => {
  it('runs one sync at a time and folds requests made meanwhile into one more run', async () => {
    const server = fakeIngest();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: CheckTransport = { ...server.transport, sendBatch: async (items) => (await gate, server.transport.sendBatch(items)) };
    const syncer = new CheckSyncer(memoryQueueStore(), 'o', slow);
    await syncer.record(input, 'valid');
    await syncer.record(input, 'valid');
    const third = syncer.sync();
    expect(syncer.syncing).toBe(true);
    release();
    await third;
    expect(server.passages.size).toBe(2);
    // The first run sent the first check; the requests made while it ran gave exactly one more run.
    expect(server.batchSizes).toEqual([1, 1]);
    expect(syncer.syncing).toBe(false);
  });

  it('refuses to withdraw while a send is under way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = fakeIngest();
    const syncer = new CheckSyncer(memoryQueueStore(), 'o', { ...server.transport, sendBatch: async (items) => (await gate, server.transport.sendBatch(items)) });
    const item = await syncer.record(input, null);
    expect(await syncer.withdraw(item.key)).toBe(false);
    release();
    await syncer.sync();
    expect(server.passages.size).toBe(1);
  });

  it('waits for Retry-After unless forced', async () => {
    let now = 0;
    let calls = 0;
    const busy: CheckTransport = {
      sendBatch: async () => (calls++, { kind: 'no_answer', problem: 'bận', retryAfterMs: 60_000 }),
      sendOne: async () => ({ kind: 'no_answer', problem: 'bận' }),
    };
    const syncer = new CheckSyncer(memoryQueueStore(), 'o', busy, () => {}, () => now);
    await syncer.record(input, null);
    await syncer.sync();
    expect(calls).toBe(1);
    now = 30_000;
    expect(await syncer.sync()).toBeNull();
    expect(calls).toBe(1);
    await syncer.sync(true);
    expect(calls).toBe(2);
  });
});
