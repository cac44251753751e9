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

const docSoi = stableId('checkpoint', 'Chốt kiểm soát Dốc Sỏi'); // Bình Sơn (524)
const saHuynh = stableId('checkpoint', 'Chốt kiểm soát Sa Huỳnh'); // Đức Phổ (534), xã Phổ Thạnh
// Admin-only pages: the trust list (and its sync source form) and the units' e-mail addresses.
const ADMIN_ONLY = ['/quan-tri/nhat-ky', '/quan-tri/danh-sach-tin-cay', '/quan-tri/van-ban-gui/dia-chi-email'];
// Every statistics page and file an officer (its own checkpoint's day only) must not reach.
const STATS_PAGES = ['/quan-tri/canh-bao', '/quan-tri/thong-ke', '/quan-tri/thong-ke/524', '/quan-tri/thong-ke/534/21478', `/quan-tri/chot-kiem-soat/${docSoi}/thong-ke`];
const STATS_FILES = ['/api/stats/report/pdf', '/api/stats/report/docx', '/api/stats/live'];

/** Pages answered with the "no access" page (403) or as if absent (404: a record outside the user's scope). */
const REFUSED: Record<RoleKey, (string | { path: string; status: 404 })[]> = {
  admin: ['/chot'],
  police: [...ADMIN_ONLY, '/chot'],
  district: [...ADMIN_ONLY, '/chot', '/quan-tri/thong-ke/534', { path: `/quan-tri/chot-kiem-soat/${saHuynh}/thong-ke`, status: 404 }],
  otherDistrict: [...ADMIN_ONLY, '/chot', '/quan-tri/thong-ke/524', { path: `/quan-tri/chot-kiem-soat/${docSoi}/thong-ke`, status: 404 }],
  viewer: ['/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung/moi', ...ADMIN_ONLY, '/chot'],
  officer: ['/quan-tri/nguoi-dung', '/quan-tri/nhat-ky', '/quan-tri/bao-cao', '/quan-tri/danh-sach-tin-cay', '/quan-tri/van-ban-gui/dia-chi-email', ...STATS_PAGES],
};

/** Routes that answer JSON: 403 for a role without the permission or asking outside its district. */
const REFUSED_FILES: Partial<Record<RoleKey, string[]>> = {
  district: ['/api/stats/report/pdf?district=534', '/api/stats/report/docx?district=534', '/api/stats/live?district=534'],
  otherDistrict: ['/api/stats/live?district=524'],
  officer: STATS_FILES,
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

    for (const row of REFUSED[role]) {
      const { path, status } = typeof row === 'string' ? { path: row, status: 403 } : row;
      test(`is refused ${path}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expect(page.getByRole('heading', { name: status === 403 ? 'Không có quyền truy cập' : /Không tìm thấy/ })).toBeVisible();
      });
    }

    for (const path of REFUSED_FILES[role] ?? []) {
      test(`is refused the file ${path}`, async ({ page }) => {
        const response = await page.request.get(path);
        expect(response.status()).toBe(403);
        expect(response.headers()['content-type']).toContain('application/json');
        expect((await response.json()).error).toBeTruthy();
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
  for (const path of ['/quan-tri', '/quan-tri/nguoi-dung', '/chot', ...STATS_PAGES, ...ADMIN_ONLY]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  }
});

test('a signed-out visitor is refused the statistics files (401, no redirect)', async ({ request }) => {
  for (const path of STATS_FILES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
  }
});
