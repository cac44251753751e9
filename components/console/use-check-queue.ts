'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckInput, CheckResult } from '@/lib/checks/types';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import { openIdbQueueStore, memoryQueueStore } from '@/lib/console/queue-store';
import { CheckSyncer } from '@/lib/console/syncer';
import { httpTransport } from '@/lib/console/transport';
import type { QueuedCheck, QueueStore } from '@/lib/console/queue-types';
import type { SyncReport } from '@/lib/console/queue';

const SYNC_EVERY_MS = 20_000;

export interface CheckQueueState {
  ready: boolean;
  /** False when IndexedDB could not open: checks live only as long as the page. */
  persistent: boolean;
  items: QueuedCheck[];
  syncing: boolean;
  report: SyncReport | null;
}

/** The officer's queue on this page: sync on start, on `online`, when the page comes back, and on a timer. */
export function useCheckQueue(ownerId: string) {
  const [state, setState] = useState<CheckQueueState>({ ready: false, persistent: true, items: [], syncing: false, report: null });
  const syncerRef = useRef<CheckSyncer | null>(null);

  useEffect(() => {
    let stopped = false;
    let persistent = true;
    const refresh = async () => {
      const syncer = syncerRef.current;
      if (!syncer || stopped) return;
      const items = await syncer.list();
      if (!stopped) setState({ ready: true, persistent, items, syncing: syncer.syncing, report: syncer.lastReport });
    };
    (async () => {
      let store: QueueStore;
      try {
        store = await openIdbQueueStore();
      } catch {
        store = memoryQueueStore();
        persistent = false;
      }
      if (stopped) return;
      syncerRef.current = new CheckSyncer(store, ownerId, httpTransport(), () => void refresh());
      await refresh();
      void syncerRef.current.sync();
    })();
    const syncNow = () => void syncerRef.current?.sync(true);
    const onVisible = () => document.visibilityState === 'visible' && void syncerRef.current?.sync();
    const timer = window.setInterval(() => void syncerRef.current?.sync(), SYNC_EVERY_MS);
    window.addEventListener('online', syncNow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      syncerRef.current = null;
      window.clearInterval(timer);
      window.removeEventListener('online', syncNow);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [ownerId]);

  const record = useCallback(async (input: Omit<CheckInput, 'idempotencyKey'>, provisional: CheckResult | null, certificate: CertificateSummary | null = null) => {
    const syncer = syncerRef.current;
    if (!syncer) throw new Error('queue not ready');
    return syncer.record(input, provisional, certificate);
  }, []);
  const withdraw = useCallback(async (key: string) => (await syncerRef.current?.withdraw(key)) ?? false, []);
  const dismiss = useCallback(async (key: string) => syncerRef.current?.dismiss(key), []);
  const syncNow = useCallback(() => void syncerRef.current?.sync(true), []);

  return { ...state, record, withdraw, dismiss, syncNow };
}
