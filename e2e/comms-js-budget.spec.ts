import { test, expect, type Browser } from '@playwright/test';
import { makePosterCheckpoint } from './support/check-data';

// The public face is for phones on 3G: its pages stay server-rendered, and the JavaScript a
// browser fetches on a first visit (transfer size: headers + gzip body) stays under 150 KB. The
// citizen check-in page a poster opens is held to the same budget.
const BUDGET = 150 * 1024;

async function expectWithinBudget(browser: Browser, path: string, label = path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: { url: string; transfer: number; body: number; encoding: string }[] = [];
  // Each script's sizes arrive asynchronously: wait for every one before summing, or the last
  // (often the largest) scripts were missed.
  const measured: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    measured.push((async () => {
      const sizes = await request.sizes();
      const response = await request.response();
      scripts.push({
        url: request.url(), body: sizes.responseBodySize, transfer: sizes.responseBodySize + sizes.responseHeadersSize,
        encoding: (await response?.allHeaders())?.['content-encoding'] ?? 'none',
      });
    })());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(measured);
  const transfer = scripts.reduce((sum, s) => sum + s.transfer, 0);
  const body = scripts.reduce((sum, s) => sum + s.body, 0);
  const summary = { path: label, scripts: scripts.length, transferBytes: transfer, bodyBytes: body, transferKB: +(transfer / 1024).toFixed(1) };
  console.log(JSON.stringify(summary));
  test.info().annotations.push({ type: 'js-transfer', description: JSON.stringify(summary) });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.encoding !== 'gzip' && s.body > 1024)).toEqual([]);
  expect(transfer).toBeLessThanOrEqual(BUDGET);
  await context.close();
}

for (const path of ['/', '/tai-lieu', '/so-lieu']) {
  test(`first load of ${path} fetches at most 150 KB of JavaScript`, async ({ browser }) => {
    await expectWithinBudget(browser, path);
  });
}

test('first load of the check-in page /c/[token] fetches at most 150 KB of JavaScript', async ({ browser }) => {
  const { posterPath } = await makePosterCheckpoint(browser, 'Chốt Ngân Sách JS');
  await expectWithinBudget(browser, posterPath, '/c/[token]');
});
