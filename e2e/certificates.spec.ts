import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { openConsoleAt } from './support/console';
import { makeConsoleOfficer, makePosterCheckpoint } from './support/check-data';
import { storageStateOf } from './support/roles';

// Certificate QR verification in a real browser: the console reads a photo of a vaccine
// passport, an admin trusts a conformance case's signer, and a citizen shows their own passport.
const OFFICER_STATE = 'e2e/.auth/certificates-officer.json';
const VN_PHOTO = path.resolve('lib/dcc/testdata/vn/VAC_VN.png'); // a JPEG despite its name
// AT_1: an ES256 Austrian case with its QR image; its DSC is not in any list until the admin adds it.
const AT_1 = JSON.parse(fs.readFileSync(path.resolve('lib/dcc/testdata/cases/AT_1.json'), 'utf8'));
const AT_1_PNG = { name: 'AT_1.png', mimeType: 'image/png', buffer: Buffer.from(AT_1['2DCODE'], 'base64') };
const AT_1_PEM = {
  name: 'AT_1-dsc.pem',
  mimeType: 'application/x-pem-file',
  buffer: Buffer.from(`-----BEGIN CERTIFICATE-----\n${AT_1.TESTCTX.CERTIFICATE.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`),
};
const UNKNOWN_SIGNER = 'Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy';

let checkpoint = { id: '', name: '' };
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // Two checkpoints, as openConsoleAt expects an officer who chooses one.
  [checkpoint] = await makeConsoleOfficer(browser, OFFICER_STATE, ['Chốt Quét Chứng Nhận', 'Tổ Tuần Tra Quét QR']);
});

async function scanPhoto(page: Page, file: string | typeof AT_1_PNG) {
  await openConsoleAt(page, checkpoint.name);
  await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
  await page.getByLabel('Hoặc chụp / chọn ảnh mã QR').setInputFiles(file);
}

test.describe('officer console', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 360, height: 780 } });

  test('the Vietnamese sample photo shows its holder and doses, and is invalid: unknown signer', async ({ page }) => {
    await scanPhoto(page, VN_PHOTO);
    const card = page.getByTestId('certificate-card');
    await expect(card.getByTestId('certificate-holder')).toHaveText('Nguyễn Bảo Duy');
    await expect(card.getByTestId('certificate-dob')).toHaveText('10/10/1983');
    await expect(card.getByTestId('certificate-dose')).toHaveText('2/2');
    await expect(card).toContainText('Vaxzevria');
    await expect(card.getByTestId('certificate-message')).toHaveText(new RegExp(UNKNOWN_SIGNER));
    const verdict = page.locator('[data-result]');
    await expect(verdict).toHaveAttribute('data-result', 'invalid_certificate');
    await expect(verdict).toContainText('Máy chủ đã ghi nhận');
    await expect(page.getByTestId('trust-list-age')).toContainText('Danh sách tin cậy');
  });
});

test.describe('trust list page', () => {
  test.use({ storageState: storageStateOf('police') });
  test('is refused to police', async ({ page }) => {
    expect((await page.goto('/quan-tri/danh-sach-tin-cay'))?.status()).toBe(403);
  });
});

test.describe('admin trusts a signer', () => {
  test.use({ storageState: storageStateOf('admin') });

  test("uploads a conformance case's signer certificate; an outdated one imports with a warning", async ({ page }) => {
    await page.goto('/quan-tri/danh-sach-tin-cay');
    await expect(page.getByRole('heading', { name: 'Danh sách tin cậy', exact: true })).toBeVisible();
    await page.getByLabel('Tệp chứng thư').setInputFiles(AT_1_PEM);
    await page.getByRole('button', { name: 'Nhập vào danh sách' }).click();
    const status = page.locator('main [role=status]').filter({ hasText: /Đã nhập 1 chứng thư/ });
    await expect(status).toBeVisible();
    await expect(status).toContainText('đã hết hạn');
    const row = page.locator('tr', { hasText: 'ES256' }).filter({ hasText: 'AT' });
    await expect(row.first()).toContainText('Đang bật');

    await page.getByLabel('Hoặc dán nội dung').fill('không phải chứng thư');
    await page.getByRole('button', { name: 'Nhập vào danh sách' }).click();
    await expect(page.locator('main [role=alert]').filter({ hasText: 'Không nhập được chứng thư nào' })).toBeVisible();
  });
});

test.describe('officer console after the admin', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 360, height: 780 } });

  test("the case's QR passes the signature check and is recorded with the clock's verdict: expired today", async ({ page }) => {
    await scanPhoto(page, AT_1_PNG);
    const card = page.getByTestId('certificate-card');
    await expect(card.getByTestId('certificate-holder')).toContainText('Gabriele');
    await expect(card.getByTestId('certificate-dose')).toHaveText('1/2');
    await expect(card).toHaveAttribute('data-reason', 'expired');
    await expect(card.getByTestId('certificate-message')).toContainText('Chứng nhận đã hết hạn');
    await expect(card).not.toContainText(UNKNOWN_SIGNER);
    const verdict = page.locator('[data-result]');
    await expect(verdict).toHaveAttribute('data-result', 'expired');
    await expect(verdict).toContainText('Máy chủ đã ghi nhận');
    await expect(verdict).toHaveAttribute('data-passage-id', /^\d+$/);
  });
});

test.describe('officer console offline', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 360, height: 780 } });

  test('verifies with the cached trust list while offline, queues, and the server verdict replaces it on sync', async ({ page, context }) => {
    await openConsoleAt(page, checkpoint.name);
    await expect(page.getByTestId('trust-list-age')).toContainText(/cập nhật|vừa cập nhật/);
    await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
    await expect(page.getByLabel('Hoặc chụp / chọn ảnh mã QR')).toBeVisible();
    await context.setOffline(true);
    await page.getByLabel('Hoặc chụp / chọn ảnh mã QR').setInputFiles(AT_1_PNG);
    const verdict = page.locator('[data-result]');
    await expect(verdict).toHaveAttribute('data-result', 'expired');
    await expect(verdict).toContainText('Tạm tính trên máy');
    await expect(page.getByTestId('certificate-card')).toHaveAttribute('data-reason', 'expired');
    await context.setOffline(false);
    await expect(verdict).toContainText('Máy chủ đã ghi nhận', { timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-result', 'expired');
  });
});

test.describe('citizen check-in', () => {
  test('shows their own vaccine passport by photo and gets the result screen, certificate checked', async ({ page, browser }) => {
    const { posterPath } = await makePosterCheckpoint(browser, 'Chốt Hộ Chiếu Vắc-xin');
    await page.goto(posterPath);
    await page.getByRole('button', { name: 'Xuất trình hộ chiếu vắc-xin' }).click();
    await page.getByLabel('Hoặc chụp / chọn ảnh mã QR').setInputFiles(VN_PHOTO);
    await expect(page.getByTestId('passport-read')).toBeVisible();
    await page.getByLabel('Số điện thoại').fill('0905 111 222');
    await page.getByLabel(/Tôi đã đọc/).check();
    await page.getByRole('button', { name: 'Gửi để kiểm tra' }).click();
    const result = page.getByRole('dialog');
    await expect(result).toHaveAttribute('data-result', 'invalid_certificate');
    await expect(result.getByTestId('evidence-badge')).toHaveText('Đã kiểm tra chứng nhận');
    await expect(result).toContainText('Nguyễn Bảo Duy');
    await expect(result).toContainText(UNKNOWN_SIGNER);
  });
});
