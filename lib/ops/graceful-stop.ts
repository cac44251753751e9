import 'server-only';
import { markStopping } from './shutdown-state';

const CLOSE_TIMEOUT_MS = 15_000;
const store = globalThis as typeof globalThis & { __qnGracefulStop?: boolean };

/**
 * On SIGTERM/SIGINT `next start` stops accepting connections, waits for the requests in flight,
 * then calls process.exit — with no hook for the application. So: on the signal, health turns
 * 503 at once; and the exit Next asks for is held until the database is closed (for PGlite, its
 * shutdown checkpoint and the folder lock), so every acknowledged check is on disk and the next
 * start needs no crash recovery.
 */
export function installGracefulStop(closeDatabase: () => Promise<void>): void {
  // With NEXT_MANUAL_SIG_HANDLE the operator's own handler owns the signals (and the exit).
  if (store.__qnGracefulStop || process.env.NEXT_MANUAL_SIG_HANDLE) return;
  store.__qnGracefulStop = true;
  const onSignal = (signal: NodeJS.Signals) => {
    markStopping();
    console.log(`[dừng] Nhận ${signal}: không nhận yêu cầu mới, chờ các yêu cầu đang xử lý rồi đóng cơ sở dữ liệu.`);
    const exit = process.exit.bind(process);
    let closing: Promise<void> | undefined;
    process.exit = ((code?: number) => {
      closing ??= Promise.race([closeDatabase(), new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())])
        .catch((error) => console.error('[dừng] Đóng cơ sở dữ liệu thất bại.', error))
        .finally(() => {
          console.log('[dừng] Đã đóng cơ sở dữ liệu.');
          exit(code);
        });
      return undefined as never;
    }) as typeof process.exit;
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
