import { test, expect } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { storageStateOf } from './support/roles';
import { sha256, uniqueWord, uploadMaterial } from './support/comms';
import { pdfBytes, PNG_BYTES } from '../lib/testing/files';

test('a press kit ZIP contains exactly its materials and a manifest with their SHA-256', async ({ browser }) => {
  const word = uniqueWord();
  const pdf = Buffer.from(pdfBytes(`Thong cao ${word}`));
  const png = Buffer.from(PNG_BYTES);
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await admin.newPage();
  const release = `Thông cáo ${word}`;
  const image = `Ảnh ${word}`;
  await uploadMaterial(page, { kind: 'press_release', title: release, file: { name: `Thông cáo ${word}.pdf`, mimeType: 'application/pdf', buffer: pdf } });
  await uploadMaterial(page, { kind: 'infographic', title: image, file: { name: `Ảnh ${word}.png`, mimeType: 'image/png', buffer: png } });

  await page.goto('/quan-tri/bo-tai-lieu/moi');
  await page.getByLabel('Tên bộ tài liệu').fill(`Bộ tài liệu ${word}`);
  await page.getByLabel('Mô tả').fill('Bộ tài liệu thử cho kiểm thử đầu-cuối.');
  await page.getByLabel('Trạng thái').selectOption('published');
  await page.getByRole('checkbox', { name: new RegExp(release) }).check();
  await page.getByRole('checkbox', { name: new RegExp(image) }).check();
  await page.getByRole('button', { name: 'Tạo bộ tài liệu' }).click();
  await expect(page.getByText('Đã tạo bộ tài liệu.')).toBeVisible();
  const publicHref = await page.getByRole('link', { name: 'Trang công khai' }).getAttribute('href');
  await admin.close();

  const visitor = await browser.newContext();
  const kitPage = await visitor.newPage();
  await kitPage.goto(publicHref!);
  await expect(kitPage.getByRole('heading', { level: 1, name: `Bộ tài liệu ${word}` })).toBeVisible();
  const zipHref = await kitPage.getByRole('link', { name: 'Tải cả bộ (ZIP)' }).getAttribute('href');
  const res = await visitor.request.get(zipHref!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/zip');
  expect(res.headers()['content-disposition']).toContain(`filename*=UTF-8''B%E1%BB%99%20t%C3%A0i%20li%E1%BB%87u%20${word}.zip`);
  const entries = unzipSync(new Uint8Array(await res.body()));
  // Entries are numbered in the kit's order: 01-…, 02-…
  const pdfName = Object.keys(entries).find((name) => name.endsWith(`-Thông cáo ${word}.pdf`))!;
  const pngName = Object.keys(entries).find((name) => name.endsWith(`-Ảnh ${word}.png`))!;
  expect(Object.keys(entries).sort()).toEqual([pdfName, pngName, 'manifest.csv'].sort());
  expect([pdfName.slice(0, 3), pngName.slice(0, 3)].sort()).toEqual(['01-', '02-']);
  expect(sha256(entries[pdfName])).toBe(sha256(pdf));
  expect(sha256(entries[pngName])).toBe(sha256(png));
  const manifest = strFromU8(entries['manifest.csv']);
  expect(manifest).toContain(`${pdfName},${release},Thông cáo báo chí,,,,${pdf.length},${sha256(pdf)}`);
  expect(manifest).toContain(`${pngName},${image},Infographic,,,,${png.length},${sha256(png)}`);
  await visitor.close();
});

test('the demo press kit page lists its materials and offers one ZIP', async ({ page }) => {
  await page.goto('/bo-tai-lieu/nhan-dien-tiem-chung-tai-chot-kiem-soat');
  await expect(page.getByRole('heading', { name: 'Thành phần (6 tài liệu)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tải cả bộ (ZIP)' })).toBeVisible();
});
