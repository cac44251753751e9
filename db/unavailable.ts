/**
 * Errors that mean "the database cannot answer right now", not "this request is wrong": the
 * request changed nothing and the same request may succeed in a moment, so callers answer 503
 * with Retry-After (and the console keeps its queue). Drizzle wraps the driver's error, so the
 * whole `cause` chain is read.
 */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
// postgres.js' own codes for a connection that failed, timed out or died under a query.
const DRIVER = new Set(['CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);
// SQLSTATE: shutting down / starting up / too many connections / statement timeout or cancel.
const SERVER = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

export const DATABASE_RETRY_AFTER_S = 15;

/** The code that made `error` a database outage, or null when it is something else. */
export function databaseUnavailableCode(error: unknown): string | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK.has(code) || DRIVER.has(code) || SERVER.has(code) || code.startsWith('08')) return code;
  }
  return null;
}
