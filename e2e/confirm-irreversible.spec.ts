import { test, expect } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { createCheckpoint, uniqueName } from './support/checkpoints';
import { clickAndConfirm } from './support/confirm';
import { uniqueWord, uploadMaterial } from './support/comms';
import { pdfBytes } from '../lib/testing/files';

// What cannot be undone asks first, in Vietnamese, in a modal dialog a keyboard can work; the
// server refuses the same request without the dialog's confirmation.

test.use({ storageState: storageStateOf('admin') });

test('pausing and closing a checkpoint are confirmed, by keyboard too, and reversed from the same page', async ({ page }) => {
  const { id } = await createCheckpoint(page, uniqueName('Chốt xác nhận'));
  const dialog = page.getByRole('dialog');

  // Keyboard: Enter opens the dialog with focus on “Huỷ”; Escape closes it and nothing changes.
  await page.getByRole('button', { name: 'Tạm dừng chốt', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('người dân quét mã QR của chốt sẽ bị từ chối khai báo');
  await expect(dialog.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText(/số hiệu \d+ · Đang hoạt động/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoạt động trở lại' })).toHaveCount(0);

  // Keyboard: Tab from “Huỷ” to the confirm button, Enter: paused.
  await page.getByRole('button', { name: 'Tạm dừng chốt', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Tạm dừng chốt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã tạm dừng chốt')).toBeVisible();

  await page.getByRole('button', { name: 'Hoạt động trở lại' }).click();
  await expect(page.getByText('Chốt đã hoạt động trở lại.')).toBeVisible();

  await clickAndConfirm(page, 'Đóng chốt', { consequence: 'Có thể mở lại chốt ở trang này.' });
  await expect(page.getByText('Đã đóng chốt')).toBeVisible();
  await page.getByRole('button', { name: 'Mở lại chốt' }).click();
  await expect(page.getByText('Chốt đã hoạt động trở lại.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(id));
});

test('the server refuses pausing without the confirmation', async ({ page }) => {
  await createCheckpoint(page, uniqueName('Chốt không xác nhận'));
  // Submit the pause form directly, as a stray script or an old page would: no `confirmed=yes`.
  await page.locator('form:has(input[name=status][value=paused])').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect(page.getByText('Xác nhận trước khi tạm dừng hoặc đóng chốt.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Tạm dừng chốt', exact: true })).toBeVisible();
});

test('archiving a material is confirmed with what it does; cancelling keeps it published', async ({ page }) => {
  const title = `Tài liệu lưu trữ ${uniqueWord()}`;
  await uploadMaterial(page, { title, file: { name: `${title}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes(title)) } });
  await page.getByLabel('Trạng thái').selectOption('archived');
  await page.getByRole('button', { name: 'Lưu thay đổi', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('thôi hiện trên trang công khai');
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await page.reload();
  await expect(page.getByLabel('Trạng thái')).toHaveValue('published');

  await page.getByLabel('Trạng thái').selectOption('archived');
  await clickAndConfirm(page, 'Lưu thay đổi', { confirmName: 'Lưu trữ tài liệu' });
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Trạng thái')).toHaveValue('archived');
});

test('disabling a user is confirmed; cancelling leaves the account open', async ({ page }) => {
  await page.goto('/quan-tri/nguoi-dung?q=canbo.ducpho');
  await page.getByRole('link', { name: 'canbo.ducpho', exact: true }).click();
  await page.getByRole('button', { name: 'Khoá tài khoản', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('không đăng nhập được nữa');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Khoá tài khoản', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở khoá' })).toHaveCount(0);
});
