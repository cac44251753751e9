import { test, expect, type Browser } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { clickAndConfirm } from './support/confirm';
import { uniqueWord, uploadMaterial } from './support/comms';
import { pdfBytes } from '../lib/testing/files';

async function publishAndSend(browser: Browser, recipients: string[]) {
  const word = uniqueWord();
  const title = `V/v thử gửi văn bản ${word}`;
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await admin.newPage();
  const id = await uploadMaterial(page, {
    kind: 'official_letter', title, documentNumber: `${word.slice(-4)}/STTTT`, issuedOn: '2021-09-21', issuer: 'Sở TT&TT Quảng Ngãi',
    file: { name: `Công văn ${word}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes(word)) },
  });
  await page.getByRole('link', { name: 'Gửi văn bản này' }).click();
  await expect(page.getByLabel('Văn bản cần gửi')).toHaveValue(id);
  for (const name of recipients) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByLabel('Lời nhắn kèm theo').fill('Đề nghị xác nhận trong ngày.');
  await clickAndConfirm(page, `Gửi tới ${recipients.length} đơn vị`, { consequence: title });
  await expect(page.getByText(`Đã gửi văn bản tới ${recipients.length} đơn vị.`)).toBeVisible();
  const links = Object.fromEntries(
    await Promise.all(recipients.map(async (name) => [name, (await page.locator(`li[data-recipient="${name}"] [data-testid=issued-link-url]`).textContent())!] as const)),
  );
  return { admin, page, id, title, links };
}

test('a recipient link opens the letter and confirms receipt; the admin sees it', async ({ browser }) => {
  const { admin, page, id, title, links } = await publishAndSend(browser, ['Công an tỉnh', 'Báo Quảng Ngãi']);
  expect(links['Công an tỉnh']).toMatch(/\/van-ban\/[A-Za-z0-9_-]{32}$/);
  await expect(page.getByRole('img', { name: 'Mã QR liên kết của Công an tỉnh' })).toBeVisible();

  const recipient = await browser.newContext();
  const letterPage = await recipient.newPage();
  await letterPage.goto(new URL(links['Công an tỉnh']).pathname);
  await expect(letterPage.getByText('Kính gửi: Công an tỉnh')).toBeVisible();
  await expect(letterPage.getByRole('heading', { name: title })).toBeVisible();
  await expect(letterPage.getByText('Đề nghị xác nhận trong ngày.')).toBeVisible();
  await letterPage.getByLabel('Họ và tên người xác nhận').fill('Nguyễn Văn An');
  await letterPage.getByLabel('Chức vụ').fill('Chánh Văn phòng');
  await letterPage.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  await expect(letterPage.getByRole('status')).toContainText('Đơn vị đã xác nhận nhận văn bản lúc');
  await expect(letterPage.getByRole('status')).toContainText('Nguyễn Văn An, Chánh Văn phòng');
  // Confirming again changes nothing; the link keeps showing the first time.
  await letterPage.reload();
  await expect(letterPage.getByRole('button', { name: 'Xác nhận đã nhận' })).toHaveCount(0);
  await recipient.close();

  await page.goto(`/quan-tri/van-ban-gui/${id}`);
  const police = page.locator('tr[data-recipient="Công an tỉnh"]');
  await expect(police).toContainText('Đã xác nhận');
  await expect(police).toContainText('Qua liên kết riêng');
  await expect(police).toContainText('Nguyễn Văn An, Chánh Văn phòng');
  await expect(page.locator('tr[data-recipient="Báo Quảng Ngãi"]')).toContainText('Đã gửi, chưa mở');
  await page.getByRole('link', { name: 'Chỉ đơn vị chưa xác nhận' }).click();
  await expect(page.locator('tr[data-recipient="Công an tỉnh"]')).toHaveCount(0);
  await expect(page.locator('tr[data-recipient="Báo Quảng Ngãi"]')).toHaveCount(1);

  const csv = await page.request.get(`/api/letters/${id}/receipts?chua-xac-nhan=1`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = (await csv.body()).toString('utf8');
  expect(text.startsWith('\uFEFFĐơn vị nhận,Danh sách,Nhóm')).toBe(true);
  expect(text).toContain('Báo Quảng Ngãi');
  expect(text).not.toContain('Công an tỉnh,');
  await admin.close();
});

test('the links show right under the confirmation, each with a copy button, and copy all gives name and link per line', async ({ browser }) => {
  const { admin, page, links } = await publishAndSend(browser, ['Sở Y tế', 'Báo Quảng Ngãi']);
  await admin.grantPermissions(['clipboard-read', 'clipboard-write']);
  const message = await page.getByText('Đã gửi văn bản tới 2 đơn vị.').boundingBox();
  const section = await page.getByTestId('issued-links').boundingBox();
  expect(section!.y - (message!.y + message!.height)).toBeLessThan(40);
  await expect(page.getByTestId('issued-links').getByRole('button', { name: 'Sao chép liên kết' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Sao chép tất cả (2)' }).click();
  await expect(page.getByTestId('issued-links').getByRole('status').filter({ hasText: 'Đã sao chép.' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n').sort()).toEqual([`Báo Quảng Ngãi: ${links['Báo Quảng Ngãi']}`, `Sở Y tế: ${links['Sở Y tế']}`]);

  await page.locator('li[data-recipient="Sở Y tế"]').getByRole('button', { name: 'Sao chép liên kết' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links['Sở Y tế']);

  // The printable sheet holds one QR per recipient, with name and link.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => { document.body.dataset.printing = 'qr-sheet'; });
  const sheet = page.locator('.qr-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('figure')).toHaveCount(2);
  await expect(sheet).toContainText(links['Sở Y tế']);
  await admin.close();
});

test('a reissued link replaces the old one', async ({ browser }) => {
  const { admin, page, id, links } = await publishAndSend(browser, ['Hội Doanh nghiệp tỉnh']);
  await page.goto(`/quan-tri/van-ban-gui/${id}`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Cấp lại liên kết' }).click();
  await expect(page.getByText('Đã cấp liên kết mới cho Hội Doanh nghiệp tỉnh')).toBeVisible();
  const freshLink = page.locator('li[data-recipient="Hội Doanh nghiệp tỉnh"] [data-testid=issued-link-url]');
  const fresh = (await freshLink.textContent())!;
  expect(fresh).not.toBe(links['Hội Doanh nghiệp tỉnh']);
  // Readable where it appears: the whole link in a box wide enough for words, not a 26 px sliver.
  expect((await freshLink.boundingBox())!.width).toBeGreaterThan(200);
  await expect(freshLink).toHaveText(/\/van-ban\/[A-Za-z0-9_-]{32}$/);
  const visitor = await browser.newContext();
  expect((await visitor.request.get(new URL(links['Hội Doanh nghiệp tỉnh']).pathname)).status()).toBe(404);
  expect((await visitor.request.get(new URL(fresh).pathname)).status()).toBe(200);
  await Promise.all([visitor.close(), admin.close()]);
});

test("a district user confirms from its own pages; another district does not see the letter", async ({ browser }) => {
  const { admin, page, id, title } = await publishAndSend(browser, ['UBND huyện Bình Sơn', 'UBND thị xã Đức Phổ']);
  const district = await browser.newContext({ storageState: storageStateOf('district') });
  const districtPage = await district.newPage();
  await districtPage.goto('/quan-tri');
  await expect(districtPage.getByRole('heading', { name: 'Văn bản đến' })).toBeVisible();
  await districtPage.getByRole('link', { name: 'Xem và xác nhận' }).click();
  const card = districtPage.locator(`li[data-letter="${title}"]`);
  await expect(card).toContainText('Kính gửi: UBND huyện Bình Sơn');
  // The signed-in user's name is prefilled; the title is asked.
  await expect(card.getByLabel('Họ và tên người xác nhận')).not.toHaveValue('');
  await card.getByLabel('Chức vụ').fill('Chánh Văn phòng UBND huyện');
  await card.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  await expect(card.getByRole('status')).toContainText('Đã xác nhận lúc');
  await expect(card.getByRole('button', { name: 'Xác nhận đã nhận' })).toHaveCount(0);
  await district.close();

  const other = await browser.newContext({ storageState: storageStateOf('otherDistrict') });
  const otherPage = await other.newPage();
  await otherPage.goto('/quan-tri/van-ban-den');
  await expect(otherPage.locator(`li[data-letter="${title}"]`)).toContainText('UBND thị xã Đức Phổ');
  await expect(otherPage.getByText('UBND huyện Bình Sơn')).toHaveCount(0);
  await other.close();

  await page.goto(`/quan-tri/van-ban-gui/${id}`);
  const binhSon = page.locator('tr[data-recipient="UBND huyện Bình Sơn"]');
  await expect(binhSon).toContainText('Đã xác nhận');
  await expect(binhSon).toContainText('Trên trang quản trị của huyện');
  await expect(page.locator('tr[data-recipient="UBND thị xã Đức Phổ"]')).not.toContainText('Đã xác nhận');
  await admin.close();
});
