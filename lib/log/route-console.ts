import type { Logger } from 'pino';
import { log } from './logger';

const store = globalThis as typeof globalThis & { __qnConsoleRouted?: boolean };

/**
 * Sends what Next.js, React and libraries print with console.error / console.warn (an uncaught
 * error in a page or route, next-auth's complaints) through the logger, so their error objects,
 * whose messages can embed a failed query's parameters, are redacted like the portal's own lines.
 * console.log / console.info stay as they are: Next's start-up banner, no request data.
 * Answers a function that puts the console back (for tests).
 */
export function routeConsoleToLogger(logger: Logger = log): () => void {
  if (store.__qnConsoleRouted) return () => {};
  store.__qnConsoleRouted = true;
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logger.error(...(args as [unknown]));
  console.warn = (...args: unknown[]) => logger.warn(...(args as [unknown]));
  return () => {
    Object.assign(console, { error, warn });
    store.__qnConsoleRouted = false;
  };
}
