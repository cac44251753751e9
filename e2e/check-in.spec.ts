import { test, expect, type Page } from '@playwright/test';
import { localDateDaysAgo } from './support/console';
import { makePosterCheckpoint } from './support/check-data';
import { storageStateOf } from './support/roles';
import { seriousViolations } from './support/axe';

// A cheap phone's screen, at a Bình Sơn checkpoint of this file's own with a freshly issued poster.
test.use({ viewport: { width: 360, height: 740 } });

let checkpoint = { id: '', name: '', posterPath: '' };
test.beforeAll(async ({ browser }) => {
  checkpoint = await makePosterCheckpoint(browser, 'Chốt Khai Báo Thử');
});

async function declare(page: Page, answers: { doses: string; daysAgo: number; phone: string; remember?: boolean }) {
  await page.getByLabel('PC-Covid').check();
  await page.getByLabel(answers.doses, { exact: true }).check();
  await page.getByLabel('Ngày tiêm mũi cuối').fill(localDateDaysAgo(answers.daysAgo));
  await page.getByLabel('Loại vắc-xin mũi cuối (không bắt buộc)').selectOption({ label: 'AstraZeneca (Vaxzevria)' });
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Năm sinh').fill('1990');
  await page.getByLabel('Số điện thoại').fill(answers.phone);
  if (answers.remember) await page.getByLabel(/Ghi nhớ thông tin/).check();
  await page.getByLabel(/đồng ý/).check();
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
}

test('poster → citizen check-in → full-screen result → passage seen and counted by its district', async ({ page, browser }) => {
  const district = await browser.newContext({ storageState: storageStateOf('district') });
  const otherDistrict = await browser.newContext({ storageState: storageStateOf('otherDistrict') });
  const today = async () => (await district.request.get(`/api/checkpoints/${checkpoint.id}/today`)).json();
  expect((await today()).count).toBe(0);

  await page.goto(checkpoint.posterPath);
  await expect(page.getByRole('heading', { name: checkpoint.name })).toBeVisible();
  await page.getByText(/^Thông báo xử lý dữ liệu cá nhân \(lưu 21 ngày/).click();
  const notice = page.locator('#thong-bao-du-lieu');
  await expect(notice).toContainText('Sở Thông tin và Truyền thông tỉnh Quảng Ngãi');
  await expect(notice).toContainText('được xoá sau 21 ngày');
  await expect(notice).toContainText('Nghị định 13/2023/NĐ-CP');
  expect(await seriousViolations(page)).toEqual([]);
  await declare(page, { doses: '2 mũi', daysAgo: 30, phone: '0905 123 456', remember: true });

  const result = page.getByRole('dialog');
  await expect(result).toHaveAttribute('data-result', 'valid');
  await expect(result.getByRole('heading', { name: 'HỢP LỆ' })).toBeVisible();
  await expect(result).toContainText('Tự khai');
  await expect(result).toContainText(checkpoint.name);
  await expect(result).toContainText('Nguyễn Thị Hoa · sinh năm 1990');
  // A live screen: the clock ticks and the band moves.
  const clock = result.getByTestId('live-clock');
  const shown = await clock.textContent();
  await expect(clock).not.toHaveText(shown!, { timeout: 3000 });
  expect(await result.getByTestId('moving-band').evaluate((el) => el.getAnimations().length)).toBe(1);
  const passageId = Number(await result.getAttribute('data-passage-id'));
  expect(await seriousViolations(page)).toEqual([]);

  const seen = await today();
  expect(seen.count).toBe(1);
  expect(seen.recent).toContainEqual(expect.objectContaining({ id: passageId, method: 'citizen_scan', evidence: 'self_declared', result: 'valid' }));
  expect((await otherDistrict.request.get(`/api/checkpoints/${checkpoint.id}/today`)).status()).toBe(404);

  // The phone remembered the answers because the citizen asked it to.
  await page.reload();
  await expect(page.getByLabel('Số điện thoại')).toHaveValue('0905 123 456');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
  await district.close();
  await otherDistrict.close();
});

test('a citizen who is not valid is told what to do next', async ({ page }) => {
  await page.goto(checkpoint.posterPath);
  await declare(page, { doses: '1 mũi', daysAgo: 40, phone: '0912345678' });
  const result = page.getByRole('dialog');
  await expect(result.getByRole('heading', { name: 'CHƯA ĐỦ MŨI' })).toBeVisible();
  await expect(result.getByRole('link', { name: 'tiemchungcovid19.gov.vn' })).toHaveAttribute('href', 'https://tiemchungcovid19.gov.vn');
  expect(await seriousViolations(page)).toEqual([]);
  await result.getByRole('button', { name: 'Đóng màn hình kết quả' }).click();
  // Nothing was remembered without consent.
  await page.reload();
  await expect(page.getByLabel('Số điện thoại')).toHaveValue('');
});

test('missing or bad answers are explained and nothing is sent', async ({ page }) => {
  await page.goto(checkpoint.posterPath);
  let posted = 0;
  page.on('request', (r) => r.method() === 'POST' && r.url().includes('/api/checks') && posted++);
  await page.getByLabel('Số điện thoại').fill('12345');
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.locator('main [role=alert]')).toContainText('Vui lòng kiểm tra lại');
  await expect(page.getByText('Chọn nơi thể hiện chứng nhận tiêm của bạn.')).toBeVisible();
  await expect(page.getByText('Số điện thoại gồm 10 hoặc 11 chữ số')).toBeVisible();
  await expect(page.getByText('Cần đồng ý với thông báo xử lý dữ liệu')).toBeVisible();
  await expect(page.getByLabel('Số điện thoại')).toHaveAttribute('aria-invalid', 'true');
  expect(posted).toBe(0);
});

test('on a phone, a refused submit takes the citizen to the first field to fix and says which', async ({ page }) => {
  await page.goto(checkpoint.posterPath);
  // Everything above the phone number is answered; the view sits at the button when it is pressed.
  await page.getByLabel('PC-Covid').check();
  await page.getByLabel('2 mũi', { exact: true }).check();
  await page.getByLabel('Ngày tiêm mũi cuối').fill(localDateDaysAgo(30));
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Năm sinh').fill('1990');
  await page.getByLabel('Số điện thoại').fill('12345');
  await page.getByLabel(/đồng ý/).check();
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.locator('main [role=alert]')).toContainText('Mục đầu tiên: Số điện thoại.');
  const phone = page.getByLabel('Số điện thoại');
  await expect(phone).toBeFocused();
  await expect(phone).toBeInViewport();

  await phone.fill('0905123456');
  await page.getByLabel('Họ và tên').fill('');
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await expect(page.getByLabel('Họ và tên')).toBeInViewport();
});

test('with nothing answered, focus goes to the first choice, a radio button', async ({ page }) => {
  await page.goto(checkpoint.posterPath);
  await page.getByRole('button', { name: 'Gửi khai báo' }).click();
  await expect(page.locator('main [role=alert]')).toContainText('Mục đầu tiên: Chứng nhận tiêm.');
  await expect(page.getByRole('radio').first()).toBeFocused();
});

test('the check-in page has a compact header: the checkpoint and the form start on the first screen', async ({ page }) => {
  await page.goto(checkpoint.posterPath);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
  const header = await page.locator('header').first().boundingBox();
  expect(header!.height).toBeLessThanOrEqual(60);
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading!.y).toBeLessThan(200);
  await expect(page.getByRole('link', { name: 'Sở TT&TT Quảng Ngãi' })).toHaveAttribute('href', '/');
});
