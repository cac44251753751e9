import { test, expect } from '@playwright/test';
import { storageStateOf } from './support/roles';
import { uniqueWord } from './support/comms';

test("the contacts page puts the letter's support contacts first, with tap-to-call and vCards", async ({ page, request }) => {
  await page.goto('/lien-he');
  const cards = page.locator('main li');
  await expect(cards.first()).toContainText('Ông Nguyễn Quốc Huy Hoàng');
  await expect(cards.nth(1)).toContainText('Ông Nguyễn Công Nguyên');
  await expect(page.getByRole('link', { name: /Gọi Ông Nguyễn Quốc Huy Hoàng: 0982\.142\.211/ })).toHaveAttribute('href', 'tel:0982142211');
  const all = await request.get('/api/contacts/vcard');
  expect(all.headers()['content-type']).toBe('text/vcard; charset=utf-8');
  const text = (await all.body()).toString('utf8');
  expect(text.match(/BEGIN:VCARD/g)!.length).toBeGreaterThanOrEqual(2);
  expect(text).toContain('FN:Nguyễn Quốc Huy Hoàng');
  expect(text).toContain('TEL;TYPE=WORK,VOICE:0982142211');
  const one = await request.get('/api/contacts/ho-tro-2/vcard');
  expect(one.headers()['content-disposition']).toContain("filename*=UTF-8''%C3%94ng%20Nguy%E1%BB%85n%20C%C3%B4ng%20Nguy%C3%AAn.vcf");
  expect((await one.body()).toString('utf8')).toContain('TEL;TYPE=WORK,VOICE:0914559068');
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('a contact added in the admin appears on the public page; bad input writes nothing', async ({ page, browser }) => {
    const name = `Tổ hỗ trợ ${uniqueWord()}`;
    await page.goto('/quan-tri/lien-he/moi');
    await page.getByLabel('Loại').selectOption('agency');
    await page.getByLabel('Tên').fill(name);
    await page.getByRole('button', { name: 'Thêm liên hệ' }).click();
    await expect(page.getByText('Cần ít nhất số điện thoại hoặc email.')).toBeVisible();
    await page.getByLabel('Điện thoại').fill('0255 3999 123');
    await page.getByLabel('Thứ tự hiển thị').fill('1');
    await page.getByRole('button', { name: 'Thêm liên hệ' }).click();
    await expect(page.getByText('Đã thêm liên hệ.')).toBeVisible();
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const publicPage = await visitor.newPage();
    await publicPage.goto('/lien-he');
    const card = publicPage.locator('main li', { hasText: name });
    await expect(card.getByRole('link', { name: /Gọi/ })).toHaveAttribute('href', 'tel:02553999123');
    // Still under the letter's own support contacts.
    await expect(publicPage.locator('main li').first()).toContainText('Nguyễn Quốc Huy Hoàng');
    await visitor.close();
  });
});
