import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { createCheckpoint, uniqueName } from './support/checkpoints';

const localDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + offsetDays * 86_400_000));

test.describe('the audit log reads as people speak', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('filters through the URL, links the object, exports what it shows', async ({ page }) => {
    const name = uniqueName('Chốt Nhật Ký');
    const { id } = await createCheckpoint(page, name);

    await page.goto('/quan-tri/nhat-ky');
    const filters = page.getByRole('search', { name: 'Lọc nhật ký' });
    await filters.getByLabel('Từ ngày').fill(localDay());
    await filters.getByLabel('Đến ngày').fill(localDay());
    await filters.getByLabel('Thao tác').selectOption({ label: 'Thêm chốt kiểm soát' });
    await filters.getByLabel('Loại đối tượng').selectOption({ label: 'Chốt kiểm soát' });
    await filters.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/action=checkpoint\.create/);
    await expect(page).toHaveURL(new RegExp(`from=${localDay()}`));

    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Thêm chốt kiểm soát');
    await expect(row).toContainText('Kết nối 3G/4G');
    await expect(row).toContainText('Huyện Bình Sơn');
    await expect(row).toContainText('PC-Covid');
    await expect(page.locator('main')).not.toContainText('::ffff:');
    await expect(page.locator('main')).not.toContainText('checkpoint.create');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải CSV/ }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`Thêm chốt kiểm soát,Chốt kiểm soát,${name}`);
    expect(csv).not.toContain('Sửa chốt kiểm soát');

    await row.getByRole('link', { name: 'Mọi thao tác trên đối tượng này' }).click();
    await expect(page).toHaveURL(new RegExp(`id=${id}`));
    await expect(page.getByText(`Chỉ thao tác trên: ${name}`)).toBeVisible();

    await page.goto(`/quan-tri/nhat-ky?from=${localDay(1)}&action=checkpoint.create`);
    await expect(page.getByText('Không có thao tác nào khớp bộ lọc.')).toBeVisible();

    await page.goto(`/quan-tri/nhat-ky?action=checkpoint.create`);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/quan-tri/chot-kiem-soat/${id}$`));
  });
});

test.describe('the export is refused to other roles', () => {
  for (const role of ['police', 'district', 'viewer'] as const) {
    test.describe(role, () => {
      test.use({ storageState: storageStateOf(role) });
      test(`${role} gets 403 from the CSV`, async ({ request }) => {
        const res = await request.get('/api/audit/csv');
        expect(res.status()).toBe(403);
        expect(await res.text()).not.toContain('Thời điểm');
      });
    });
  }
});
