import { test, expect } from '@playwright/test';
import { storageStateOf, type RoleKey } from './support/roles';
import { stableId } from '../db/demo/stable-id';

// What each role's menu shows, and which pages it is refused. The pages check permission
// themselves; the menu only hides what would be refused.
const MENU: Record<RoleKey, { home: string; sees: string[]; hidden: string[] }> = {
  admin: { home: '/quan-tri', sees: ['Tổng quan', 'Báo cáo thống kê', 'Chốt kiểm soát', 'Người dùng', 'Nhật ký thao tác', 'Danh sách tin cậy'], hidden: [] },
  police: { home: '/quan-tri', sees: ['Tổng quan', 'Báo cáo thống kê', 'Chốt kiểm soát', 'Người dùng', 'Tài liệu'], hidden: ['Nhật ký thao tác', 'Danh sách tin cậy'] },
  district: { home: '/quan-tri', sees: ['Tổng quan', 'Báo cáo thống kê', 'Chốt kiểm soát', 'Người dùng', 'Tài liệu'], hidden: ['Nhật ký thao tác', 'Danh sách tin cậy'] },
  otherDistrict: { home: '/quan-tri', sees: ['Tổng quan', 'Báo cáo thống kê', 'Chốt kiểm soát', 'Người dùng', 'Tài liệu'], hidden: ['Nhật ký thao tác', 'Danh sách tin cậy'] },
  viewer: { home: '/quan-tri', sees: ['Tổng quan', 'Báo cáo thống kê', 'Chốt kiểm soát'], hidden: ['Người dùng', 'Nhật ký thao tác', 'Danh sách tin cậy'] },
  officer: { home: '/chot', sees: [], hidden: ['Tài liệu', 'Báo cáo thống kê', 'Chốt kiểm soát', 'Người dùng', 'Nhật ký thao tác', 'Danh sách tin cậy'] },
};

const REFUSED: Record<RoleKey, string[]> = {
  admin: ['/chot'],
  police: ['/quan-tri/nhat-ky', '/chot'],
  district: ['/quan-tri/nhat-ky', '/chot'],
  otherDistrict: ['/quan-tri/nhat-ky', '/chot'],
  viewer: ['/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung/moi', '/quan-tri/nhat-ky', '/chot'],
  officer: ['/quan-tri/nguoi-dung', '/quan-tri/nhat-ky', '/quan-tri/bao-cao'],
};

for (const role of Object.keys(MENU) as RoleKey[]) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test('lands on its home and sees its menu only', async ({ page }) => {
      await page.goto('/quan-tri');
      await expect(page).toHaveURL(new RegExp(`${MENU[role].home}$`));
      const nav = page.getByRole('navigation', { name: 'Danh mục quản trị' }).last();
      for (const label of MENU[role].sees) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      for (const label of MENU[role].hidden) await expect(page.getByRole('link', { name: label, exact: true })).toHaveCount(0);
    });

    for (const path of REFUSED[role]) {
      test(`is refused ${path}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
      });
    }
  });
}

test.describe('district scope through URLs', () => {
  test.use({ storageState: storageStateOf('district') });

  test("a district user cannot open another district's officer", async ({ page }) => {
    const response = await page.goto(`/quan-tri/nguoi-dung/${stableId('user', 'canbo.ducpho')}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('canbo.ducpho')).toHaveCount(0);
  });

  test('a district user opens an officer of its own district', async ({ page }) => {
    const response = await page.goto(`/quan-tri/nguoi-dung/${stableId('user', 'canbo.binhson')}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Trần Văn Hùng' })).toBeVisible();
  });

  test('reaches the public materials library from its menu', async ({ page }) => {
    await page.goto('/quan-tri');
    const nav = page.getByRole('navigation', { name: 'Danh mục quản trị' }).last();
    await nav.getByRole('link', { name: 'Tài liệu', exact: true }).click();
    await expect(page).toHaveURL(/\/tai-lieu$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the user list shows only its own officers', async ({ page }) => {
    await page.goto('/quan-tri/nguoi-dung');
    await expect(page.getByRole('link', { name: 'canbo.binhson' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'canbo.ducpho' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'admin', exact: true })).toHaveCount(0);
  });
});

test('a signed-out visitor is sent to sign in from every protected face', async ({ page }) => {
  for (const path of ['/quan-tri', '/quan-tri/nguoi-dung', '/chot']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  }
});
