import { test, expect } from '@playwright/test';
import { stableId } from '../db/demo/stable-id';
import { storageStateOf } from './support/roles';
import { phoneLayoutProblems } from './support/stats';

// Drill-down: province → district → commune → checkpoint, on the demo checkpoints, and its scope.
const saHuynh = stableId('checkpoint', 'Chốt kiểm soát Sa Huỳnh');
const PHO_THANH = '21478';

test.describe('admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('clicks a district on the map, sorts the communes, opens a checkpoint', async ({ page }) => {
    await page.goto('/quan-tri');
    await page.getByRole('link', { name: /^Thị xã Đức Phổ:/ }).click();
    await expect(page).toHaveURL(/\/quan-tri\/thong-ke\/534\?from=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thị xã Đức Phổ' })).toBeVisible();
    const total = page.getByRole('columnheader', { name: /Tổng lượt/ });
    await expect(total).toHaveAttribute('aria-sort', 'none');
    await total.getByRole('link').click();
    await expect(page).toHaveURL(/sort=total/);
    await expect(page.getByRole('columnheader', { name: /Tổng lượt/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('columnheader', { name: /Tổng lượt/ }).getByRole('link').click();
    await expect(page.getByRole('columnheader', { name: /Tổng lượt/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('link', { name: /Phổ Thạnh$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/quan-tri/thong-ke/534/${PHO_THANH}`));
    await page.getByRole('link', { name: 'Chốt kiểm soát Sa Huỳnh' }).click();
    await expect(page).toHaveURL(`/quan-tri/chot-kiem-soat/${saHuynh}/thong-ke`);
    for (const name of ['Chốt kiểm soát Sa Huỳnh', '30 ngày qua', 'Theo bằng chứng']) await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText('Lần kiểm tra cuối')).toBeVisible();
  });

  test('the drill tables fit a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/quan-tri/thong-ke', '/quan-tri/thong-ke/534', `/quan-tri/thong-ke/534/${PHO_THANH}`]) {
      await page.goto(path);
      await expect(page.locator('[data-table="drill"]')).toBeVisible();
      expect(await phoneLayoutProblems(page), path).toEqual([]);
    }
  });
});

test.describe('district user', () => {
  test.use({ storageState: storageStateOf('district') });

  test("starts in its own district and cannot open another district's commune or checkpoint", async ({ page }) => {
    await page.goto('/quan-tri/thong-ke');
    await expect(page).toHaveURL(/\/quan-tri\/thong-ke\/524\?/);
    await expect(page.getByRole('heading', { level: 1, name: 'Huyện Bình Sơn' })).toBeVisible();
    expect((await page.goto('/quan-tri/thong-ke/534'))?.status()).toBe(403);
    expect((await page.goto(`/quan-tri/thong-ke/534/${PHO_THANH}`))?.status()).toBe(403);
    expect((await page.goto(`/quan-tri/thong-ke/524/${PHO_THANH}`))?.status()).toBe(404);
    expect((await page.goto(`/quan-tri/chot-kiem-soat/${saHuynh}/thong-ke`))?.status()).toBe(404);
  });
});
