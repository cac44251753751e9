'use client';
import { useCallback, useEffect, useState } from 'react';
import type { CheckpointToday } from '@/lib/passages/checkpoint-today';
import { safeStorage } from '@/lib/checks/safe-storage';
import { localDay } from '@/lib/text/format';

const REFRESH_EVERY_MS = 60_000;
const cacheKey = (checkpointId: string) => `qn-console-today:${checkpointId}`;

/**
 * Today's count and last checks from the server, kept on the device so the console still shows
 * the last known figures (with their time) while the network is down.
 */
export function useCheckpointToday(checkpointId: string | null, refreshKey: unknown) {
  const [summary, setSummary] = useState<CheckpointToday | null>(null);
  const [fresh, setFresh] = useState(false);

  const load = useCallback(async () => {
    if (!checkpointId) return;
    try {
      const response = await fetch(`/api/checkpoints/${encodeURIComponent(checkpointId)}/today`, { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as CheckpointToday;
      setSummary(body);
      setFresh(true);
      safeStorage()?.setItem(cacheKey(checkpointId), JSON.stringify(body));
    } catch {
      setFresh(false);
    }
  }, [checkpointId]);

  useEffect(() => {
    if (!checkpointId) return;
    try {
      const saved = JSON.parse(safeStorage()?.getItem(cacheKey(checkpointId)) ?? 'null') as CheckpointToday | null;
      // Yesterday's figures are not today's count.
      setSummary(saved?.day === localDay(new Date()) ? saved : null);
    } catch {
      setSummary(null);
    }
    setFresh(false);
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_EVERY_MS);
    window.addEventListener('online', load);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', load);
    };
  }, [checkpointId, load]);

  useEffect(() => {
    if (refreshKey) void load();
  }, [refreshKey, load]);

  return { summary, fresh, reload: load };
}
