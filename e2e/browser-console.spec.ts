import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { localDateDaysAgo, openConsoleAt } from './support/console';
import { makeConsoleOfficer, makePosterCheckpoint } from './support/check-data';
import { findPersonalData } from './support/personal-data';

// The browser side of "nothing personal in a log": the citizen's check-in page and the officer's
// console handle names, phones and passport QR payloads, and print none of them to the console.
const OFFICER_STATE = 'e2e/.auth/browser-console-officer.json';
const VN_PHOTO = path.resolve('lib/dcc/testdata/vn/VAC_VN.png');

/** Everything the page prints to its console or throws, as text; a probe proves it is listening. */
async function recordConsole(page: Page) {
  const seen: string[] = [];
  page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}\n${e.stack ?? ''}`));
  return {
    text: () => seen.join('\n'),
    expectClean: async () => {
      await page.evaluate(() => console.debug('console-probe'));
      await expect.poll(() => seen.join('\n')).toContain('console-probe');
      expect(findPersonalData(seen.join('\n'))).toEqual([]);
    },
  };
}

test('a citizen check-in with name, birth year and phone prints none of them', async ({ page, browser }) => {
  const { posterPath } = await makePosterCheckpoint(browser, 'Chốt Nhật Ký Trình Duyệt');
  const consoleLog = await recordConsole(page);
  await page.goto(posterPath);
  await page.getByLabel('PC-Covid').check();
  await page.getByLabel('2 mũi', { exact: true }).check();
  await page.getByLabel('Ngày tiêm mũi cuối').fill(localDateDaysAgo(30));
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Năm sinh').fill('1990');
  await page.getByLabel('Số điện thoại').fill('0905 123 456');
  await page.getByLabel(/Ghi nhớ thông tin/).check();
  await page.getByLabel(/đồng ý/).check();
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.getByRole('dialog')).toContainText('Nguyễn Thị Hoa · sinh năm 1990');
  await page.reload(); // the remembered answers are read back from the phone's storage
  await expect(page.getByLabel('Số điện thoại')).toHaveValue('0905 123 456');
  await consoleLog.expectClean();
});

test.describe('officer console', () => {
  test.use({ storageState: OFFICER_STATE, viewport: { width: 360, height: 780 } });
  let checkpoint = { id: '', name: '' };
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    [checkpoint] = await makeConsoleOfficer(browser, OFFICER_STATE, ['Chốt Nhật Ký Quét', 'Tổ Nhật Ký Quét']);
  });

  test("scanning a vaccine passport prints neither its QR payload nor its holder's name", async ({ page }) => {
    const consoleLog = await recordConsole(page);
    await openConsoleAt(page, checkpoint.name);
    await page.getByRole('button', { name: 'Quét mã QR chứng nhận' }).click();
    await page.getByLabel('Hoặc chụp / chọn ảnh mã QR').setInputFiles(VN_PHOTO);
    await expect(page.getByTestId('certificate-holder')).toHaveText('Nguyễn Bảo Duy');
    await expect(page.locator('[data-result]')).toContainText('Máy chủ đã ghi nhận');
    await consoleLog.expectClean();
  });
});
