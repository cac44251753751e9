import path from 'node:path';

/** Where the e2e web server's stdout and stderr go (playwright.config.ts), for the final check. */
export const serverLogPath = () => path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e', 'server.log');
