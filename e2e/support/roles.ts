import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/demo/accounts';

// One signed-in storage state per demo role, made once by auth.setup.ts.
export const ROLE_ACCOUNTS = {
  admin: 'admin',
  police: 'congan',
  district: 'binhson',
  otherDistrict: 'ducpho',
  viewer: 'lanhdao',
  officer: 'canbo.binhson',
} as const;

export type RoleKey = keyof typeof ROLE_ACCOUNTS;

export const storageStateOf = (role: RoleKey) => `e2e/.auth/${role}.json`;

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}
