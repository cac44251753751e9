// Next calls register() once per server process before it serves a request: open and migrate
// the database here so that no request ever meets an unmigrated schema.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so that whatever Next or a library prints about a failure from here on is redacted too.
  const { routeConsoleToLogger } = await import('./lib/log/route-console');
  routeConsoleToLogger();
  const { openDatabase } = await import('./db/bootstrap');
  const { warnAboutConfiguration } = await import('./lib/config/startup-warnings');
  const handle = await openDatabase();
  if (process.env.SEED_DEMO === '1') {
    const { seedDemo } = await import('./db/demo');
    await seedDemo(handle.db);
  }
  warnAboutConfiguration();
  // The retention purge (and rate-limit housekeeping), hourly in every process.
  const { startMaintenanceSchedule } = await import('./lib/passages/maintenance');
  startMaintenanceSchedule();
  // The official trust-list sync, checked every 5 minutes; a claim in the database picks one process.
  const { startTrustSyncSchedule } = await import('./lib/trust/sync/schedule');
  startTrustSyncSchedule();
  const { rateLimitEnabled } = await import('./lib/http/rate-limit');
  rateLimitEnabled(); // logs loudly at start when RATE_LIMIT=off
  // E-mail delivery (letters, reminders, subscriptions): a worker per process, off without SMTP_URL.
  const { startMail } = await import('./lib/mail/start');
  startMail();
  const { stopMailWorker } = await import('./lib/mail/worker');
  const { installGracefulStop } = await import('./lib/ops/graceful-stop');
  const { closeDatabase } = await import('./db/index');
  // The round in flight finishes (and records what it sent) before the database closes.
  installGracefulStop(async () => {
    await stopMailWorker();
    await closeDatabase();
  });
}
