import { test, expect, type Browser } from '@playwright/test';
import { signIn, storageStateOf } from './support/roles';
import { clickAndConfirm } from './support/confirm';

const PASSWORD = 'MatKhau@2021';

async function createAccount(browser: Browser, role: 'officer' | 'viewer', username: string) {
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await admin.newPage();
  await page.goto('/quan-tri/nguoi-dung/moi');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill(`Người dùng ${username}`);
  await page.getByLabel('Vai trò').selectOption(role);
  if (role === 'officer') await page.getByLabel('Huyện, thị xã, thành phố').selectOption('524');
  await page.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();
  return { admin, page };
}

test.describe('user forms', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('bad input gets Vietnamese messages, keeps what was typed and creates nothing', async ({ page }) => {
    await page.goto('/quan-tri/nguoi-dung/moi');
    await page.getByLabel('Tên đăng nhập').fill('Tên Có Dấu');
    await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('Dữ liệu chưa hợp lệ');
    await expect(page.getByText('Tên đăng nhập gồm 3–40 ký tự')).toBeVisible();
    await expect(page.getByText('Nhập họ và tên')).toBeVisible();
    await expect(page.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeVisible();
    await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('Tên Có Dấu');
    await page.goto('/quan-tri/nguoi-dung?q=tên có dấu');
    await expect(page.getByText('Chưa có tài khoản nào phù hợp.')).toBeVisible();
  });

  test('a district user must pick a district for an officer', async ({ page }) => {
    await page.goto('/quan-tri/nguoi-dung/moi');
    await page.getByLabel('Tên đăng nhập').fill(`thieu.huyen${Date.now() % 100000}`);
    await page.getByLabel('Họ và tên').fill('Thiếu Huyện');
    await page.getByLabel('Vai trò').selectOption('officer');
    await page.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Tài khoản huyện và cán bộ chốt phải thuộc một huyện.')).toBeVisible();
  });
});

test('disabling an account ends its open session on the next request', async ({ browser }) => {
  const username = `cb.khoa${Date.now() % 1_000_000}`;
  const { admin, page: adminPage } = await createAccount(browser, 'officer', username);
  const officer = await browser.newContext();
  const officerPage = await officer.newPage();
  await signIn(officerPage, username, PASSWORD);
  await expect(officerPage).toHaveURL(/\/chot$/);

  await clickAndConfirm(adminPage, 'Khoá tài khoản', { consequence: 'không đăng nhập được nữa' });
  await expect(adminPage.getByText('Đã khoá tài khoản')).toBeVisible();

  await officerPage.goto('/chot');
  await expect(officerPage).toHaveURL(/\/dang-nhap/);
  await adminPage.goto('/quan-tri/nhat-ky?action=user.disable');
  await expect(adminPage.getByRole('row').filter({ hasText: 'Khoá tài khoản' }).filter({ hasText: username })).toHaveCount(1);
  await admin.close();
  await officer.close();
});

test('changing the password ends every session of the account', async ({ browser }) => {
  const username = `xem.doimk${Date.now() % 1_000_000}`;
  const { admin } = await createAccount(browser, 'viewer', username);
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await first.newPage(), await second.newPage()];
  await signIn(a, username, PASSWORD);
  await signIn(b, username, PASSWORD);

  await a.goto('/quan-tri/tai-khoan');
  await a.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
  await a.getByLabel(/^Mật khẩu mới/).fill('MatKhauMoi@2021');
  await a.getByLabel('Nhập lại mật khẩu mới').fill('MatKhauMoi@2021');
  await a.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(a).toHaveURL(/passwordChanged=1/);
  await expect(a.getByText('Mật khẩu đã được đổi')).toBeVisible();

  await b.goto('/quan-tri');
  await expect(b).toHaveURL(/\/dang-nhap/);
  await signIn(b, username, 'MatKhauMoi@2021');
  await expect(b).toHaveURL(/\/quan-tri$/);
  await Promise.all([admin.close(), first.close(), second.close()]);
});

test.describe('cross-origin server action', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('is refused and writes nothing', async ({ page, request }) => {
    const username = `cheo.nguon${Date.now() % 1_000_000}`;
    await page.goto('/quan-tri/nguoi-dung/moi');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Họ và tên').fill('Chéo Nguồn');
    await page.getByLabel('Vai trò').selectOption('viewer');
    await page.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
    // Capture the real action request, then stop it; replay it as if from another site.
    await page.route('**/quan-tri/nguoi-dung/moi', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    const [captured] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
      page.getByRole('button', { name: 'Tạo tài khoản' }).click(),
    ]);
    const headers = { ...captured.headers(), origin: 'https://evil.example', cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') };
    const res = await request.post(captured.url(), { headers, data: captured.postDataBuffer() ?? '' });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    await page.unroute('**/quan-tri/nguoi-dung/moi');
    await page.goto(`/quan-tri/nguoi-dung?q=${username}`);
    await expect(page.getByText('Chưa có tài khoản nào phù hợp.')).toBeVisible();
  });
});
