import { test, expect } from '@playwright/test';
import { openConsoleAt } from './support/console';
import { makeConsoleOfficer } from './support/check-data';
import { storageStateOf } from './support/roles';

// Issue 15: out of the box (demo data), the demo signer is trusted and its sample passports show
// every verdict: scanning the valid one is green on the server's word, the others say why not.
const OFFICER_STATE = 'e2e/.auth/demo-passports-officer.json';
type Png = { name: string; mimeType: string; buffer: Buffer };
const passports = new Map<string, Png>();
let checkpoint = { id: '', name: '' };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  [checkpoint] = await makeConsoleOfficer(browser, OFFICER_STATE, ['Chốt Hộ Chiếu Mẫu', 'Tổ Tuần Tra Hộ Chiếu Mẫu']);
  const context = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await context.newPage();
  await page.goto('/quan-tri/ho-chieu-mau');
  for (const item of await page.locator('[data-passport]').all()) {
    const slug = (await item.getAttribute('data-passport'))!;
    const src = (await item.getByRole('img').getAttribute('src'))!;
    passports.set(slug, { name: `${slug}.png`, mimeType: 'image/png', buffer: Buffer.from(src.split(',')[1], 'base64') });
  }
  await context.close();
});

test.describe('demo passports in the officer console', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 390, height: 844 } });

  for (const [slug, result, message] of [
    ['hop-le', 'valid', /đủ điều kiện/],
    ['mot-mui', 'incomplete_doses', /chưa tiêm đủ số mũi/],
    ['chua-du-14-ngay', 'under_14_days', /chưa đủ số ngày/],
    ['het-han', 'expired', /Chứng nhận đã hết hạn/],
    ['co-quan-ky-da-tat', 'invalid_certificate', /Không rõ cơ quan ký/],
  ] as const) {
    test(`${slug}: the server's verdict is ${result}`, async ({ page }) => {
      expect(passports.get(slug), 'the demo page lists this passport').toBeTruthy();
      await openConsoleAt(page, checkpoint.name);
      await expect(page.getByTestId('trust-list-warning')).toHaveCount(0);
      await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
      await page.getByLabel('Hoặc chụp / chọn ảnh mã QR').setInputFiles(passports.get(slug)!);
      await expect(page.getByTestId('certificate-card').getByTestId('certificate-message')).toHaveText(message);
      const verdict = page.locator('[data-result]');
      await expect(verdict).toContainText('Máy chủ đã ghi nhận');
      await expect(verdict).toHaveAttribute('data-result', result);
    });
  }
});

test.describe('a phone opening the console for the first time, online', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 390, height: 844 } });

  // The list arrives a moment after the page: an "empty list" warning shown meanwhile, then
  // removed, moved the buttons under the officer's finger.
  test('never shows the empty trust list warning while the list is on its way', async ({ page }) => {
    await page.addInitScript(() => {
      const seen = { warnings: 0 };
      (window as unknown as { trustWarnings: typeof seen }).trustWarnings = seen;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="trust-list-warning"]')) seen.warnings += 1;
      }).observe(document, { subtree: true, childList: true });
    });
    await openConsoleAt(page, checkpoint.name);
    await expect(page.getByTestId('trust-list-age')).toHaveText(/tin cậy: [1-9]\d* chứng thư ký/);
    expect(await page.evaluate(() => (window as unknown as { trustWarnings: { warnings: number } }).trustWarnings.warnings)).toBe(0);
  });

  test.describe(() => {
    // The console's service worker, once it controls the page, takes its requests past page.route.
    test.use({ serviceWorkers: 'block' });
    test('whose trust list request hangs (a weak link) still gets the empty list warning after a short wait', async ({ page }) => {
      await page.route('**/api/trust-list', () => {}); // never answered
      await openConsoleAt(page, checkpoint.name);
      await expect(page.getByTestId('trust-list-warning')).toHaveAttribute('data-kind', 'empty', { timeout: 15_000 });
    });
  });
});

test.describe('demo passports page', () => {
  test('is for staff only: a signed-out visitor is sent to sign in', async ({ page }) => {
    await page.goto('/quan-tri/ho-chieu-mau');
    await expect(page).toHaveURL(/\/dang-nhap/);
  });
});
