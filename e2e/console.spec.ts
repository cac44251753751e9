import { test, expect } from '@playwright/test';
import { openConsoleAt, recordDirectCheck, todayCount } from './support/console';
import { makeConsoleOfficer } from './support/check-data';
import { seriousViolations } from './support/axe';

// This file's own officer and checkpoints (made once, below), so every count here is exact.
const OFFICER_STATE = 'e2e/.auth/console-officer.json';
test.use({ storageState: OFFICER_STATE, viewport: { width: 360, height: 780 } });

let fixed = { id: '', name: '' };
let patrol = { id: '', name: '' };
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  [fixed, patrol] = await makeConsoleOfficer(browser, OFFICER_STATE, ['Chốt Bàn Kiểm Soát', 'Tổ Tuần Tra Ngoại Tuyến']);
});

test('the officer chooses a checkpoint, and the phone remembers it', async ({ page }) => {
  await openConsoleAt(page, fixed.name);
  await page.reload();
  await expect(page.getByTestId('current-checkpoint')).toHaveText(fixed.name);
  await expect(page.getByRole('heading', { name: /Bước 1\/3/ })).toBeVisible();
});

test('a direct check in three steps shows the verdict, is counted, and can be voided', async ({ page }) => {
  await openConsoleAt(page, fixed.name);
  const before = await todayCount(page, fixed.id);

  await recordDirectCheck(page, { source: 'PC-Covid', doses: 2, daysAgo: 30 });
  const verdict = page.locator('[data-result]');
  await expect(verdict).toHaveAttribute('data-result', 'valid');
  await expect(verdict).toContainText('HỢP LỆ');
  await expect(verdict).toContainText('Máy chủ đã ghi nhận');
  await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '0');
  await expect(page.getByTestId('today-count')).toHaveAttribute('data-count', String(before + 1));

  await recordDirectCheck(page, { source: 'Giấy chứng nhận', doses: 2, daysAgo: 3 });
  await expect(verdict).toHaveAttribute('data-result', 'under_14_days');
  await expect(verdict).toContainText('CHƯA ĐỦ 14 NGÀY');
  await expect(page.getByTestId('today-count')).toHaveAttribute('data-count', String(before + 2));
  expect(await seriousViolations(page)).toEqual([]);

  const passageId = await verdict.getAttribute('data-passage-id');
  const mistaken = page.locator(`[data-testid=recent-check][data-passage-id="${passageId}"]`);
  await expect(mistaken).toContainText('chưa đủ 14 ngày');
  await mistaken.getByRole('button', { name: 'Huỷ (ghi nhầm)' }).click();
  await mistaken.getByRole('button', { name: 'Xác nhận huỷ' }).click();
  await expect(mistaken).toContainText('đã huỷ');
  await expect(mistaken.getByRole('button', { name: 'Huỷ (ghi nhầm)' })).toHaveCount(0);
  await expect(page.getByTestId('today-count')).toHaveAttribute('data-count', String(before + 1));
  expect(await todayCount(page, fixed.id)).toBe(before + 1);
});

test('offline: 50 checks wait on the phone, survive a reload, and become exactly 50 passages', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openConsoleAt(page, patrol.name);
  await expect(page.getByTestId('offline-shell')).toHaveAttribute('data-status', 'ready');
  const before = await todayCount(page, patrol.id);

  await context.setOffline(true);
  for (let i = 0; i < 50; i++) {
    if (i % 10 === 9) await recordDirectCheck(page, { source: 'Không có chứng nhận' });
    else await recordDirectCheck(page, { source: i % 2 ? 'Bluezone' : 'Sổ sức khỏe điện tử', doses: 1 + (i % 3), daysAgo: 5 + i });
  }
  await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '50');
  await expect(page.getByText('Mất mạng: vẫn ghi nhận')).toBeVisible();

  // The shell comes from the service worker and the queue from IndexedDB.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('current-checkpoint')).toHaveText(patrol.name);
  await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '50');
  expect(await todayCount(page, patrol.id)).toBe(before);

  // The worker keeps only the console page and build files: no API answers, no other pages.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached).toContain('/chot');
  expect(cached.filter((path) => path !== '/chot' && !path.startsWith('/_next/static/'))).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  await expect.poll(() => todayCount(page, patrol.id)).toBe(before + 50);
  await expect(page.getByTestId('today-count')).toHaveAttribute('data-count', String(before + 50));
  // A second sync (timer, another online event) sends nothing more.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(1000);
  expect(await todayCount(page, patrol.id)).toBe(before + 50);
});

test('checks the server refuses are listed with the reason and are not counted', async ({ page }) => {
    // A phone whose clock runs 10 minutes fast: the server refuses checks from the future.
  await page.clock.install({ time: Date.now() + 10 * 60_000 });
  await openConsoleAt(page, patrol.name);
  const before = await todayCount(page, patrol.id);
  await recordDirectCheck(page, { source: 'Bluezone', doses: 2, daysAgo: 40 });
  const refused = page.getByTestId('refused-check');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('Lý do: Giờ trên thiết bị nhanh hơn giờ máy chủ quá 5 phút');
  await expect(page.locator('main [role=alert]').first()).toContainText('Máy chủ từ chối');
  await expect(page.getByTestId('queue-count')).toHaveAttribute('data-waiting', '0');
  expect(await todayCount(page, patrol.id)).toBe(before);
  await refused.getByRole('button', { name: 'Đã xem, bỏ khỏi danh sách' }).click();
  await expect(refused).toHaveCount(0);
});

test('over plain HTTP the console says what it cannot do, and still records checks online', async ({ page }) => {
  // localhost counts as a secure context, so the browser is told otherwise, as on http://<address>.
  await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
  await openConsoleAt(page, fixed.name);
  await expect(page.getByTestId('insecure-notice')).toContainText('kết nối không bảo mật (HTTP)');
  await expect(page.getByTestId('insecure-notice')).toContainText('vẫn ghi nhận kiểm tra khi có mạng');
  await expect(page.getByTestId('offline-shell')).toHaveAttribute('data-status', 'unsupported');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  const before = await todayCount(page, fixed.id);
  await recordDirectCheck(page, { source: 'Không có chứng nhận' });
  await expect(page.locator('[data-result]')).toContainText('Máy chủ đã ghi nhận');
  await expect(page.locator('[data-result]')).toHaveAttribute('data-result', 'unverified');
  expect(await todayCount(page, fixed.id)).toBe(before + 1);
});
