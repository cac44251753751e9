import { test, expect } from '@playwright/test';
import { storageStateOf, type RoleKey } from './support/roles';
import { stableId } from '../db/demo/stable-id';

const LETTER = stableId('material', 'cong-van-2021-09-21');
const KIT = stableId('press-kit', 'nhan-dien-tiem-chung');
const CONTACT = stableId('contact', 'van-phong-so');
const RECEIPT_BINH_SON = stableId('letter-receipt', 'district-pc:524');
const RECEIPT_DUC_PHO = stableId('letter-receipt', 'district-pc:534');

// Expected status of each comms admin page and API, per role. Pages check permission
// themselves (403), objects outside a district's scope are 404.
const ROUTES: [string, Record<RoleKey, number>][] = [
  ['/quan-tri/tai-lieu', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 200, officer: 403 }],
  ['/quan-tri/tai-lieu/moi', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  [`/quan-tri/tai-lieu/${LETTER}`, { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 200, officer: 403 }],
  ['/quan-tri/bo-tai-lieu', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 200, officer: 403 }],
  ['/quan-tri/bo-tai-lieu/moi', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  [`/quan-tri/bo-tai-lieu/${KIT}`, { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 200, officer: 403 }],
  ['/quan-tri/lien-he', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  [`/quan-tri/lien-he/${CONTACT}`, { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  ['/quan-tri/van-ban-gui', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  ['/quan-tri/van-ban-gui/moi', { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  [`/quan-tri/van-ban-gui/${LETTER}`, { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  ['/quan-tri/van-ban-den', { admin: 403, police: 403, district: 200, otherDistrict: 200, viewer: 403, officer: 403 }],
  [`/api/letters/${LETTER}/receipts`, { admin: 200, police: 403, district: 403, otherDistrict: 403, viewer: 403, officer: 403 }],
  [`/api/files/incoming/${RECEIPT_BINH_SON}`, { admin: 403, police: 403, district: 200, otherDistrict: 404, viewer: 403, officer: 403 }],
  [`/api/files/incoming/${RECEIPT_DUC_PHO}`, { admin: 403, police: 403, district: 404, otherDistrict: 200, viewer: 403, officer: 403 }],
];

for (const role of ['admin', 'police', 'district', 'otherDistrict', 'viewer', 'officer'] as RoleKey[]) {
  test.describe(role, () => {
    test.use({ storageState: storageStateOf(role) });
    test('gets the expected answer from every comms admin page and API', async ({ page }) => {
      for (const [path, expected] of ROUTES) {
        const status = path.startsWith('/api/') ? (await page.request.get(path)).status() : (await page.goto(path))?.status();
        expect.soft(status, `${role} ${path}`).toBe(expected[role]);
      }
    });
  });
}

test('signed out, the admin pages send to sign-in and the APIs answer 401', async ({ page, request }) => {
  for (const [path] of ROUTES) {
    if (path.startsWith('/api/')) {
      expect.soft((await request.get(path)).status(), path).toBe(401);
    } else {
      await page.goto(path);
      await expect.soft(page, path).toHaveURL(/\/dang-nhap\?callbackUrl=/);
    }
  }
});

test.describe('menus', () => {
  const SEES: Record<RoleKey, string[]> = {
    admin: ['Tài liệu', 'Bộ tài liệu báo chí', 'Liên hệ', 'Văn bản gửi'],
    // Police and districts reach the public library (issue 13); only admin and viewer the admin one.
    police: ['Tài liệu'], district: ['Văn bản đến', 'Tài liệu'], otherDistrict: ['Văn bản đến', 'Tài liệu'], viewer: ['Tài liệu', 'Bộ tài liệu báo chí'], officer: [],
  };
  const LIBRARY: Partial<Record<RoleKey, string>> = { admin: '/quan-tri/tai-lieu', viewer: '/quan-tri/tai-lieu', police: '/tai-lieu', district: '/tai-lieu' };
  const ALL = ['Tài liệu', 'Bộ tài liệu báo chí', 'Liên hệ', 'Văn bản gửi', 'Văn bản đến'];
  for (const role of ['admin', 'police', 'district', 'viewer'] as RoleKey[]) {
    test.describe(role, () => {
      test.use({ storageState: storageStateOf(role) });
      test('shows exactly the comms entries the role may open', async ({ page }) => {
        await page.goto('/quan-tri/tai-khoan');
        const nav = page.getByRole('navigation', { name: 'Danh mục quản trị' }).last();
        for (const label of ALL) {
          await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(SEES[role].includes(label) ? 1 : 0);
        }
        await expect(nav.getByRole('link', { name: 'Tài liệu', exact: true })).toHaveAttribute('href', LIBRARY[role]!);
      });
    });
  }
});
