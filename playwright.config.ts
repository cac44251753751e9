import { defineConfig, devices } from '@playwright/test';
import { serverLogPath } from './e2e/support/server-log';
import { chromiumArgs, systemChromium } from './e2e/support/chromium';
import { SERVER_NODE_FLAGS } from './scripts/server-flags.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Three on a 2-core machine: much of a test is waiting (the browser's idle timers, network-idle
  // pauses, the server's answers), and a third worker fills it: 18.1 → 15.0 min for the PGlite pass.
  workers: 3,
  retries: 0,
  reporter: [['list']],
  // Last, after every spec: the server's output holds no fixture personal data.
  globalTeardown: './e2e/server-log.teardown.ts',
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: systemChromium, args: chromiumArgs },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: systemChromium, args: chromiumArgs } }, dependencies: ['setup'] },
  ],
  webServer: {
    // Straight to a file, which the global teardown searches; the file's end is shown if start fails.
    command: `node scripts/log-to-file.mjs ${JSON.stringify(serverLogPath())} node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.mjs`,
    url: `${baseURL}/dang-nhap`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ...(process.env as Record<string, string>),
      SEED_DEMO: '1',
      PORT: String(port),
      // The test runner plays the one trusted proxy: X-Forwarded-For's last entry is the client.
      TRUSTED_PROXIES: '1',
      DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      PUBLIC_BASE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
