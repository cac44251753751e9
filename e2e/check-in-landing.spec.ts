import { test, expect } from '@playwright/test';

test.describe('poster landing refusals', () => {
  test('a malformed token gets a clear Vietnamese page', async ({ page }) => {
    await page.goto('/c/khong-phai-ma');
    await expect(page.getByRole('heading', { name: 'Không đọc được mã chốt' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nhập mã chốt' }).last()).toBeVisible();
  });

  test('a well-formed token with a wrong signature is refused as not issued by the Department', async ({ page }) => {
    await page.goto(`/c/${Buffer.from([1, 5, 1, ...new Array(12).fill(7)]).toString('base64url')}`);
    await expect(page.getByRole('heading', { name: 'Mã QR không hợp lệ' })).toBeVisible();
  });

  test('the code form explains a wrong-length code and an unknown one, keeping the input', async ({ page }) => {
    await page.goto('/c');
    await page.getByLabel('Mã chốt').fill('ab1');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('Mã chốt gồm 6 ký tự');
    await expect(page.getByLabel('Mã chốt')).toHaveValue('ab1');
    await page.getByLabel('Mã chốt').fill('zzz zzz');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('Không tìm thấy chốt kiểm soát');
  });
});
