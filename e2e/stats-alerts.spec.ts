import { test, expect } from '@playwright/test';
import { storageStateOf } from './support/roles';

// Alerts (14.4) and the live dashboard (14.5): the card, the page, the thresholds form, and the
// poller's conditional request. The alert rules themselves are tested on fixtures in vitest.
test.describe('admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('the dashboard opens with the alerts and an update time, and polls with an ETag', async ({ page }) => {
    await page.goto('/quan-tri');
    await expect(page.getByTestId('live-status')).toHaveText(/^Cập nhật lúc \d{2}:\d{2}$/);
    await expect(page.getByTestId('alerts-card').or(page.getByTestId('alerts-clear'))).toBeVisible();
    const first = await page.request.get('/api/stats/live');
    expect(first.status()).toBe(200);
    const again = await page.request.get('/api/stats/live', { headers: { 'If-None-Match': first.headers().etag } });
    expect(again.status()).toBe(304);
  });

  test('changes a threshold through the settings form; the alerts page explains it', async ({ page }) => {
    await page.goto('/quan-tri/cai-dat');
    const hours = page.getByLabel('Số giờ im lặng');
    await hours.fill('0');
    await page.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Dữ liệu chưa hợp lệ' })).toBeVisible();
    await expect(page.getByLabel('Số giờ im lặng')).toHaveValue('0');
    await page.getByLabel('Số giờ im lặng').fill('4');
    await page.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await expect(page.getByText('Đã lưu ngưỡng cảnh báo.')).toBeVisible();
    await page.goto('/quan-tri/canh-bao');
    await expect(page.getByRole('heading', { level: 1, name: 'Cảnh báo' })).toBeVisible();
    await expect(page.getByText(/trong 4 giờ thường hoạt động trở lên/)).toBeVisible();
    await page.goto('/quan-tri/cai-dat');
    await page.getByLabel('Số giờ im lặng').fill('3');
    await page.getByRole('button', { name: 'Lưu ngưỡng' }).click();
    await expect(page.getByText('Đã lưu ngưỡng cảnh báo.')).toBeVisible();
  });
});

test.describe('district user', () => {
  test.use({ storageState: storageStateOf('district') });

  test('sees alerts of its own district only, and cannot poll another district', async ({ page }) => {
    await page.goto('/quan-tri/canh-bao');
    await expect(page.getByText(/^Huyện Bình Sơn · \d+ cảnh báo$/)).toBeVisible();
    await expect(page.locator('[data-alerts]').getByText('Đức Phổ')).toHaveCount(0);
    expect((await page.request.get('/api/stats/live?district=534')).status()).toBe(403);
    expect((await page.goto('/quan-tri/cai-dat'))?.status()).toBe(403);
  });
});
