import { test, expect } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { storageStateOf } from './support/roles';

const PUBLIC = ['/', '/huong-dan', '/tai-lieu', '/tai-lieu/cong-van-1088-sttt-26-08-2021-ung-dung-bluezone', '/bo-tai-lieu/nhan-dien-tiem-chung-tai-chot-kiem-soat', '/lien-he', '/en', '/en/guidance', '/en/materials', '/en/contacts'];

for (const path of PUBLIC) {
  test(`${path} is accessible and fits a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('the English pages are marked English and link back to Vietnamese', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('div[lang="en"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Proving vaccination at checkpoints' })).toBeVisible();
  // Header brand and footer in English too; no Vietnamese chrome around English content.
  await expect(page.locator('header')).toContainText('Department of Information and Communications');
  await expect(page.locator('header')).not.toContainText('UBND tỉnh');
  await expect(page.locator('footer')).toContainText('Support:');
  await expect(page.locator('footer')).not.toContainText('Hỗ trợ');
  await page.getByRole('link', { name: 'Guidance', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Three ways to check', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the guidance names the five ways to prove vaccination and what a checkpoint needs', async ({ page }) => {
  await page.goto('/huong-dan');
  for (const way of ['Ứng dụng Bluezone', 'Ứng dụng PC-Covid', 'Sổ sức khỏe điện tử', 'Giấy chứng nhận bản giấy', 'Hộ chiếu vắc-xin (mã QR)']) {
    await expect(page.getByRole('heading', { name: way })).toBeVisible();
  }
  await expect(page.getByText('Ít nhất 01 điện thoại thông minh có kết nối 3G/4G.').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ba cách kiểm tra chứng nhận', exact: true })).toBeVisible();
});

test('a recipient link that is wrong says so, in Vietnamese, with whom to call', async ({ page }) => {
  const res = await page.goto('/van-ban/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Liên kết văn bản không dùng được' })).toBeVisible();
});

for (const path of ['/quan-tri/tai-lieu/moi', '/quan-tri/van-ban-gui/moi', '/quan-tri/bo-tai-lieu/moi']) {
  test.describe('admin forms', () => {
    test.use({ storageState: storageStateOf('admin') });
    test(`${path} is accessible`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the way to type a code on the guidance pages is a full-size tap target', async ({ page }) => {
  for (const path of ['/huong-dan', '/en/guidance']) {
    await page.goto(path);
    const links = page.locator('main a[href="/c"]');
    expect(await links.count(), path).toBeGreaterThan(0);
    for (const box of await Promise.all((await links.all()).map((l) => l.boundingBox()))) {
      expect(box!.height, path).toBeGreaterThanOrEqual(44);
      expect(box!.width, path).toBeGreaterThanOrEqual(44);
    }
  }
});
