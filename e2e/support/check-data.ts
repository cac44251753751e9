import { expect, type Browser } from '@playwright/test';
import { createCheckpoint, uniqueName } from './checkpoints';
import { signIn, storageStateOf } from './roles';

const PASSWORD = 'MatKhau@2021';

/**
 * A Bình Sơn checkpoint of this test file's own, made by the district's user through the admin
 * pages, with its location QR issued; returns the poster's URL path as printed in the QR.
 */
export async function makePosterCheckpoint(browser: Browser, prefix: string) {
  const context = await browser.newContext({ storageState: storageStateOf('district') });
  const page = await context.newPage();
  const name = uniqueName(prefix);
  const { id } = await createCheckpoint(page, name, { district: null });
  await page.getByRole('button', { name: 'Tạo mã QR địa điểm' }).click();
  await expect(page.locator('main [role=status]').filter({ hasText: 'Đã tạo mã QR địa điểm phiên bản 1' })).toBeVisible();
  const posterPath = new URL((await page.getByTestId('poster-url').textContent())!).pathname;
  await context.close();
  return { id, name, posterPath };
}

/**
 * An officer account of this test file's own, assigned to new checkpoints, signed in once; the
 * session is saved at `storageState` for the file's tests. No other file touches these counts.
 */
export async function makeConsoleOfficer(browser: Browser, storageState: string, checkpointPrefixes: string[]) {
  const district = await browser.newContext({ storageState: storageStateOf('district') });
  const page = await district.newPage();
  const checkpoints: { id: string; name: string }[] = [];
  for (const prefix of checkpointPrefixes) {
    const name = uniqueName(prefix);
    checkpoints.push({ name, id: (await createCheckpoint(page, name, { district: null })).id });
  }
  const username = `cb.bankiemsoat${Date.now() % 1_000_000}`;
  await page.goto('/quan-tri/nguoi-dung/moi');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill('Cán bộ Bàn Kiểm Soát');
  await page.getByLabel('Vai trò').selectOption('officer');
  for (const c of checkpoints) await page.getByLabel(c.name).check();
  await page.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();
  await district.close();

  // Explicitly empty: contexts made inside a test file inherit its `test.use` storage state.
  const officer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const officerPage = await officer.newPage();
  await signIn(officerPage, username, PASSWORD);
  await officer.storageState({ path: storageState });
  await officer.close();
  return checkpoints;
}
