import { test, expect, type Page } from '@playwright/test';
import zlib from 'node:zlib';
import { makePosterCheckpoint } from './support/check-data';
import { storageStateOf } from './support/roles';

// First-load JavaScript of the two phone-first pages, as a cheap phone on 3G downloads it:
// the compressed bytes of every script the page loads. Printed for the report; the budget only
// catches a heavy library slipping into a public page.
const CHECK_IN_BUDGET_KB = 170;

async function firstLoadJs(page: Page, path: string) {
  const scripts: { url: string; transfer: number; gzip: number; raw: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    const sizes = await response.request().sizes();
    scripts.push({ url: response.url().replace(/^.*\/_next\/static\/chunks\//, ''), transfer: sizes.responseBodySize, gzip: zlib.gzipSync(body, { level: 9 }).length, raw: body.length });
  });
  await page.goto(path, { waitUntil: 'load' });
  // Hydration may load a few more chunks after `load`; link prefetches are data, not scripts.
  await page.waitForTimeout(3000);
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const sum = (key: 'transfer' | 'gzip' | 'raw') => kb(scripts.reduce((total, s) => total + s[key], 0));
  return { path: path.replace(/\/c\/.+/, '/c/[token]'), scripts: scripts.map((s) => `${s.url} ${kb(s.transfer)}`), transferKb: sum('transfer'), gzipKb: sum('gzip'), rawKb: sum('raw') };
}

test('home page first load, the framework baseline to compare with', async ({ page }) => {
  console.log(JSON.stringify(await firstLoadJs(page, '/')));
});

test('citizen check-in page stays light', async ({ page, browser }) => {
  const { posterPath } = await makePosterCheckpoint(browser, 'Chốt Đo Dung Lượng');
  const figures = await firstLoadJs(page, posterPath);
  console.log(JSON.stringify(figures));
  expect(figures.gzipKb).toBeLessThan(CHECK_IN_BUDGET_KB);
});

test.describe('console', () => {
  test.use({ storageState: storageStateOf('officer') });
  test('console first load', async ({ page }) => {
    console.log(JSON.stringify(await firstLoadJs(page, '/chot')));
  });
});
