import { test, expect, type Page } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { createCheckpoint, uniqueName } from './support/checkpoints';
import { clickAndConfirm } from './support/confirm';
import { decodePosterQr, pdfLines } from './support/pdf';

const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

async function downloadPoster(page: Page, size = 'A4') {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Tải PDF ${size}` }).click()]);
  const file = test.info().outputPath(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

test.describe('signed location QR posters', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('the downloaded poster prints exact Vietnamese text and a QR that opens its checkpoint; rotation voids the old ones', async ({ page, baseURL }) => {
    const name = uniqueName('Chốt Áp Phích Thử');
    const { number } = await createCheckpoint(page, name, { district: '524', commune: 'Xã Bình Thạnh' });
    await page.getByRole('button', { name: 'Tạo mã QR địa điểm' }).click();
    await expect(page.locator('main [role=status]').filter({ hasText: 'Đã tạo mã QR địa điểm phiên bản 1' })).toBeVisible();
    const firstCode = (await page.getByTestId('manual-code').textContent())!.trim();
    expect(firstCode).toMatch(/^[2-9A-HJKMNP-Z]{3} [2-9A-HJKMNP-Z]{3}$/);

    const first = await downloadPoster(page);
    expect(first.name).toBe(`Áp phích ${name} - phiên bản 1 - A4.pdf`);
    const host = new URL(baseURL!).host;
    expect(pdfLines(first.file)).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'CHỐT KIỂM SOÁT',
      name,
      'Xã Bình Thạnh, Huyện Bình Sơn, tỉnh Quảng Ngãi',
      'Kiểm tra tiêm chủng vắc-xin COVID-19',
      '1. Mở camera hoặc Zalo trên điện thoại',
      '2. Quét mã QR này',
      '3. Khai báo mũi tiêm, đưa màn hình cho cán bộ',
      'Hoặc đưa cán bộ xem PC-Covid, Sổ sức khỏe điện tử hay giấy chứng nhận tiêm',
      `Không quét được mã? Vào ${host}/c và nhập mã:`,
      firstCode,
      'Hỗ trợ: Nguyễn Quốc Huy Hoàng 0982.142.211 · Nguyễn Công Nguyên 0914.559.068',
      `Mã chốt số ${number} · Phiên bản 1 · Cấp ngày ${today}`,
      'Đơn vị phát hành: Sở Thông tin và Truyền thông tỉnh Quảng Ngãi',
    ]);
    const firstQr = decodePosterQr(first.file);
    expect(firstQr.text).toMatch(new RegExp(`^${baseURL}/c/[A-Za-z0-9_-]{16,30}$`));
    expect(firstQr.widthCm).toBeGreaterThanOrEqual(9);

    // Printing the same version again changes nothing.
    const again = await downloadPoster(page);
    expect(decodePosterQr(again.file).text).toBe(firstQr.text);

    const citizen = await page.context().browser()!.newPage();
    await citizen.goto(firstQr.text);
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(citizen.getByText('Xã Bình Thạnh, Huyện Bình Sơn, tỉnh Quảng Ngãi')).toBeVisible();

    // Cancelling the dialog changes nothing; confirming voids the printed poster.
    await page.getByRole('button', { name: 'Đổi mã QR', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('ngừng hoạt động ngay');
    await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByTestId('poster-version')).toHaveText('1');
    await clickAndConfirm(page, 'Đổi mã QR', { confirmName: 'Đổi mã, thu hồi mã cũ' });
    await expect(page.locator('main [role=status]').filter({ hasText: 'Đã tạo mã QR phiên bản 2' })).toBeVisible();
    await expect(page.getByTestId('poster-version')).toHaveText('2');
    const secondCode = (await page.getByTestId('manual-code').textContent())!.trim();
    const second = await downloadPoster(page);
    const secondQr = decodePosterQr(second.file);
    expect(secondQr.text).not.toBe(firstQr.text);
    expect(pdfLines(second.file)).toContain(`Mã chốt số ${number} · Phiên bản 2 · Cấp ngày ${today}`);

    await citizen.goto(firstQr.text);
    await expect(citizen.getByRole('heading', { name: 'Mã QR đã bị thu hồi' })).toBeVisible();
    await expect(citizen.getByText(name)).toHaveCount(0);
    await citizen.goto('/c');
    await citizen.getByLabel('Mã chốt').fill(firstCode.toLowerCase());
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(citizen.locator('main [role=alert]')).toContainText('Mã QR đã bị thu hồi');

    await citizen.goto(secondQr.text);
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(name);
    await citizen.goto('/c');
    await citizen.getByLabel('Mã chốt').fill(secondCode);
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(citizen).toHaveURL(secondQr.text);
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(name);
    await citizen.close();

    await page.goto(`/quan-tri/nhat-ky?action=poster.rotate`);
    await expect(page.getByRole('row').filter({ hasText: 'Đổi mã QR' }).filter({ has: page.getByRole('link', { name }) })).toHaveCount(1);
    await page.goto(`/quan-tri/nhat-ky?action=poster.generate`);
    await expect(page.getByRole('row').filter({ hasText: 'Tải áp phích' }).filter({ has: page.getByRole('link', { name }) }).first()).toBeVisible();
  });

  test('a tampered token is refused with a clear page', async ({ page }) => {
    await createCheckpoint(page, uniqueName('Chốt Giả Mạo Thử'));
    await page.getByRole('button', { name: 'Tạo mã QR địa điểm' }).click();
    const url = (await page.getByTestId('poster-url').textContent())!;
    const token = url.split('/c/')[1];
    const flipped = token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2);
    await page.goto(`/c/${flipped}`);
    await expect(page.getByRole('heading', { name: 'Mã QR không hợp lệ' })).toBeVisible();
  });

  test('a paused checkpoint is shown as not accepting check-ins', async ({ page }) => {
    const name = uniqueName('Chốt Tạm Dừng Thử');
    await createCheckpoint(page, name);
    await page.getByRole('button', { name: 'Tạo mã QR địa điểm' }).click();
    await expect(page.getByTestId('poster-url')).toBeVisible();
    const url = (await page.getByTestId('poster-url').textContent())!;
    await clickAndConfirm(page, 'Tạm dừng chốt');
    await expect(page.getByText('Đã tạm dừng chốt')).toBeVisible();
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Chốt này đang tạm dừng, hiện không nhận khai báo.')).toBeVisible();
  });
});

test.describe('batch posters', () => {
  test.use({ storageState: storageStateOf('district') });

  test('a district downloads its posters as one PDF and as a ZIP through the progress view', async ({ page }) => {
    await page.goto('/quan-tri/chot-kiem-soat/ap-phich');
    await expect(page.getByRole('heading', { name: 'Áp phích Huyện Bình Sơn' })).toBeVisible();
    const count = Number(/(\d+) chốt đã có mã QR/.exec((await page.getByTestId('batch-summary').textContent())!)![1]);
    expect(count).toBeGreaterThan(0);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải một tệp PDF/ }).click()]);
    expect(pdf.suggestedFilename()).toBe('Áp phích Huyện Bình Sơn - A4.pdf');
    await expect(page.getByText(`Đã tải xong Áp phích Huyện Bình Sơn - A4.pdf.`)).toBeVisible();
    const pdfFile = test.info().outputPath('batch.pdf');
    await pdf.saveAs(pdfFile);
    const { pdfPageCount } = await import('./support/pdf');
    expect(pdfPageCount(pdfFile)).toBe(count);
    const batchLines = pdfLines(pdfFile);
    expect(batchLines.join('\n')).not.toContain('Thị xã Đức Phổ');
    // Every page, not just the first, says what it is for and that scanning is not the only way.
    expect(batchLines.filter((l) => l === 'Kiểm tra tiêm chủng vắc-xin COVID-19')).toHaveLength(count);
    expect(batchLines.filter((l) => l.startsWith('Hoặc đưa cán bộ xem PC-Covid, Sổ sức khỏe điện tử'))).toHaveLength(count);

    await page.getByLabel('A5').check();
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải tệp ZIP/ }).click()]);
    expect(zip.suggestedFilename()).toBe('Áp phích Huyện Bình Sơn - A5.zip');
    const { unzipSync } = await import('fflate');
    const fs = await import('node:fs');
    const zipFile = test.info().outputPath('batch.zip');
    await zip.saveAs(zipFile);
    const entries = Object.keys(unzipSync(fs.readFileSync(zipFile)));
    expect(entries).toHaveLength(count);
    expect(entries.every((e) => /^\d{4} - .+ - phiên bản \d+\.pdf$/.test(e))).toBe(true);
  });
});
