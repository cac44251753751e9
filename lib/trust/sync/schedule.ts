import 'server-only';
import { log } from '@/lib/log/logger';
import { isStopping } from '@/lib/ops/shutdown-state';
import { claimDueSources } from './sources';
import { runTrustSync } from './run';

const TICK_MS = 5 * 60_000;
const FIRST_TICK_MS = 30_000;

const store = globalThis as typeof globalThis & {
  __qnTrustSync?: { timers: NodeJS.Timeout[]; abort: AbortController; running: boolean; stop: () => void };
};

/** One tick: sync every source this process claimed (see claimDueSources). */
export async function runDueTrustSyncs(now = new Date(), signal?: AbortSignal) {
  const results = [];
  for (const source of await claimDueSources(now)) {
    if (signal?.aborted) break;
    const result = await runTrustSync(source.id, null, { signal });
    if (result.ok) log.info({ where: 'trust.sync', host: source.url, added: result.added, removed: result.removed, unchanged: result.unchanged }, 'Đã đồng bộ danh sách tin cậy.');
    else log.warn({ where: 'trust.sync', host: source.url, error: result.error }, 'Đồng bộ danh sách tin cậy thất bại; danh sách hiện tại giữ nguyên.');
    results.push(result);
  }
  return results;
}

/**
 * Checks every 5 minutes whether a source is due, in every server process: the claim in the
 * database makes sure one process fetches it. Stopped (and an in-flight fetch aborted) on
 * SIGTERM/SIGINT so shutdown never waits on a slow source.
 */
export function startTrustSyncSchedule(): void {
  if (store.__qnTrustSync) return;
  const abort = new AbortController();
  const state = { timers: [] as NodeJS.Timeout[], abort, running: false, stop: () => {} };
  const tick = () => {
    if (state.running || isStopping() || abort.signal.aborted) return;
    state.running = true;
    runDueTrustSyncs(new Date(), abort.signal)
      .catch((error) => log.error({ where: 'trust.sync', err: error }, 'Đồng bộ danh sách tin cậy theo lịch gặp lỗi; sẽ thử lại ở lần kiểm tra sau.'))
      .finally(() => {
        state.running = false;
      });
  };
  state.stop = () => {
    for (const timer of state.timers) clearTimeout(timer);
    abort.abort();
  };
  state.timers.push(setTimeout(tick, FIRST_TICK_MS).unref(), setInterval(tick, TICK_MS).unref());
  process.once('SIGTERM', state.stop);
  process.once('SIGINT', state.stop);
  store.__qnTrustSync = state;
}

/** For tests and the shutdown path: clears the timers and aborts a fetch in flight. */
export function stopTrustSyncSchedule(): void {
  store.__qnTrustSync?.stop();
  store.__qnTrustSync = undefined;
}
