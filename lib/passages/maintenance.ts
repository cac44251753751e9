import 'server-only';
import { deleteExpiredRevocations } from '@/lib/auth/revoked-sessions';
import { deleteStaleSignInThrottles } from '@/lib/auth/throttle';
import { deleteStaleRateLimits } from '@/lib/http/rate-limit';
import { purgePersonalData } from './purge';
import { log } from '@/lib/log/logger';

const HOUR_MS = 3_600_000;
const store = globalThis as typeof globalThis & { __qnMaintenance?: NodeJS.Timeout };

/** One round of housekeeping: the retention purge, then old counters and revocations. */
export async function runMaintenance(now = new Date()) {
  const purge = await purgePersonalData(now);
  const rateLimitRows = await deleteStaleRateLimits(now);
  const signInRows = (await deleteStaleSignInThrottles(now)) + (await deleteExpiredRevocations(now));
  return { purge, rateLimitRows, signInRows };
}

/**
 * Runs the housekeeping a minute after start and then hourly, in every server process: the purge's
 * advisory lock makes concurrent processes take turns, and a missed hour is caught up next time.
 */
export function startMaintenanceSchedule(): void {
  if (store.__qnMaintenance) return;
  const run = () =>
    runMaintenance()
      .then(({ purge }) => {
        if (purge.purged) log.info({ where: 'maintenance.purge', purged: purge.purged, retentionDays: purge.retentionDays }, `Đã xoá dữ liệu cá nhân của ${purge.purged} lượt kiểm tra quá ${purge.retentionDays} ngày.`);
      })
      .catch((error) => log.error({ where: 'maintenance.purge', err: error }, 'Xoá dữ liệu cá nhân theo lịch thất bại; sẽ thử lại sau một giờ.'));
  setTimeout(run, 60_000).unref();
  store.__qnMaintenance = setInterval(run, HOUR_MS).unref();
}
