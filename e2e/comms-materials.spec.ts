import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { sha256, uniqueWord, uploadMaterial } from './support/comms';
import { pdfBytes, PNG_BYTES } from '../lib/testing/files';

test('an admin publishes a PDF for the press; a signed-out visitor finds it without diacritics and downloads the same bytes', async ({ browser }) => {
  const word = uniqueWord();
  const title = `Hướng dẫn quét mã QR tại chốt huyện Nghĩa Hành ${word}`;
  const pdf = Buffer.from(pdfBytes(`Huong dan ${word}`));
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const adminPage = await admin.newPage();
  await uploadMaterial(adminPage, {
    kind: 'guide', title, audiences: ['Báo chí'], file: { name: `Hướng dẫn Nghĩa Hành ${word}.pdf`, mimeType: 'application/pdf', buffer: pdf },
  });
  await admin.close();

  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto('/tai-lieu');
  await page.getByLabel('Tìm tài liệu').fill(`huong dan quet ma qr nghia hanh ${word}`);
  await page.getByLabel('Dành cho').selectOption('press');
  await page.getByRole('button', { name: 'Tìm và lọc' }).click();
  await expect(page.getByRole('heading', { name: '1 tài liệu' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải về' }).click()]);
  expect(download.suggestedFilename()).toBe(`Hướng dẫn Nghĩa Hành ${word}.pdf`);
  expect(sha256(fs.readFileSync(await download.path()))).toBe(sha256(pdf));
  await expect(page.getByText(sha256(pdf))).toBeVisible();
  await visitor.close();
});

test.describe('downloads', () => {
  test('send the type, the Vietnamese name, nosniff, and honour Range', async ({ page, request }) => {
    await page.goto('/tai-lieu/cong-van-1088-sttt-26-08-2021-ung-dung-bluezone');
    const href = await page.getByRole('link', { name: 'Tải về' }).getAttribute('href');
    const full = await request.get(href!);
    expect(full.status()).toBe(200);
    const h = full.headers();
    expect(h['content-type']).toBe('application/pdf');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['accept-ranges']).toBe('bytes');
    expect(h['content-disposition']).toContain('attachment; filename="tom-tat-cong-van-1088-sttt-ngay-26-08-2021.pdf"');
    expect(h['content-disposition']).toContain("filename*=UTF-8''T%C3%B3m%20t%E1%BA%AFt%20C%C3%B4ng%20v%C4%83n%201088-STTT");
    const body = await full.body();
    const part = await request.get(href!, { headers: { Range: 'bytes=100-199' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 100-199/${body.length}`);
    expect(Buffer.compare(await part.body(), body.subarray(100, 200))).toBe(0);
    const tail = await request.get(href!, { headers: { Range: 'bytes=-10' } });
    expect(Buffer.compare(await tail.body(), body.subarray(-10))).toBe(0);
    const beyond = await request.get(href!, { headers: { Range: `bytes=${body.length}-` } });
    expect(beyond.status()).toBe(416);
    expect(beyond.headers()['content-range']).toBe(`bytes */${body.length}`);
    const inline = await request.get(`${href}?xem=1`);
    expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  test('an image previews with <img> and is served under a locked-down CSP', async ({ page, request }) => {
    await page.goto('/tai-lieu/infographic-ba-cach-kiem-tra-chung-nhan-tai-chot');
    const img = page.getByRole('img', { name: /Ba cách kiểm tra/ });
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1080);
    const res = await request.get((await img.getAttribute('src'))!);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers()['content-security-policy']).toContain('sandbox');
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('a PNG named .pdf is refused with a Vietnamese message and nothing is stored', async ({ page }) => {
    const word = uniqueWord();
    await page.goto('/quan-tri/tai-lieu/moi');
    await page.getByLabel('Loại tài liệu').selectOption('guide');
    await page.getByLabel('Tiêu đề').fill(`Tệp giả dạng ${word}`);
    await page.getByRole('textbox', { name: 'Tóm tắt', exact: true }).fill('Ảnh PNG mang đuôi .pdf, phải bị từ chối.');
    await page.getByLabel('Tệp tài liệu').setInputFiles({ name: 'cong-van.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PNG_BYTES) });
    await page.getByLabel('Trạng thái').selectOption('published');
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('Nội dung tệp “cong-van.pdf” không phải PDF: tệp có đuôi .pdf nhưng nội dung là tệp PNG.');
    await expect(page.locator('#file-error')).toContainText('không phải PDF');
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(`Tệp giả dạng ${word}`);
    await page.goto(`/quan-tri/tai-lieu?q=${word}`);
    await expect(page.getByText('Chưa có tài liệu nào phù hợp.')).toBeVisible();
  });

  test('a draft is neither listed nor downloadable by the public', async ({ page, browser }) => {
    const word = uniqueWord();
    const id = await uploadMaterial(page, {
      title: `Nháp ${word}`, status: 'draft', file: { name: `nhap-${word}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes()) },
    });
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const res = await visitor.request.get(`/api/files/materials/${id}`);
    expect(res.status()).toBe(404);
    expect((await page.request.get(`/api/files/materials/${id}`)).status()).toBe(200);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/tai-lieu?q=${word}`);
    await expect(visitorPage.getByText('Không có tài liệu nào phù hợp.')).toBeVisible();
    await visitor.close();
  });
});
