import { test, expect, type Page } from '@playwright/test';
import { makePosterCheckpoint } from './support/check-data';
import { storageStateOf } from './support/roles';

// Any console error (a hydration mismatch such as React #418, a failed resource, a CSP refusal)
// or uncaught exception on a main page of each face fails the test.
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

async function visit(page: Page, path: string) {
  const errors = watchErrors(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(errors, path).toEqual([]);
}

// The main pages of each face are crawled by every-page.spec.ts (console errors and axe, desktop
// and phone); the check-in page of a poster is reached only by scanning, so it is visited here.
test('no console error on a poster check-in page', async ({ page, browser }) => {
  const { posterPath } = await makePosterCheckpoint(browser, 'Chốt Trang Sạch');
  await visit(page, posterPath);
});

test('favicon, icons and the console manifest are served; only the console links the manifest', async ({ page, request, browser }) => {
  for (const path of ['/favicon.ico', '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png', '/apple-touch-icon.png']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect((await res.body()).length, path).toBeGreaterThan(100);
  }
  const manifest = await request.get('/chot.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const body = await manifest.json();
  expect(body).toMatchObject({ name: 'Bàn kiểm soát chốt — Quảng Ngãi', scope: '/chot', start_url: '/chot', display: 'standalone' });
  expect(body.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
  const officer = await browser.newContext({ storageState: storageStateOf('officer') });
  const consolePage = await officer.newPage();
  await consolePage.goto('/chot');
  await expect(consolePage.locator('link[rel="manifest"]')).toHaveAttribute('href', '/chot.webmanifest');
  await officer.close();
});
