import { test, expect } from '@playwright/test';
import { storageStateOf, type RoleKey } from './support/roles';
import { createCheckpoint, uniqueName } from './support/checkpoints';
import { clickAndConfirm } from './support/confirm';
import { stableId } from '../db/demo/stable-id';

const BINH_SON = stableId('checkpoint', 'Chốt kiểm soát Dốc Sỏi');
const DUC_PHO = stableId('checkpoint', 'Chốt kiểm soát Sa Huỳnh');

// Status each role gets for pages and routes, with Bình Sơn's and Đức Phổ's demo checkpoints.
const ACCESS: Record<RoleKey, Record<string, number>> = {
  admin: { list: 200, new: 200, import: 200, batch: 200, own: 200, other: 200, edit: 200, poster: 200, otherPoster: 200, exportCsv: 200, template: 200 },
  police: { list: 200, new: 200, import: 200, batch: 200, own: 200, other: 200, edit: 200, poster: 200, otherPoster: 200, exportCsv: 200, template: 200 },
  district: { list: 200, new: 200, import: 200, batch: 200, own: 200, other: 404, edit: 200, poster: 200, otherPoster: 404, exportCsv: 200, template: 200 },
  otherDistrict: { list: 200, new: 200, import: 200, batch: 200, own: 404, other: 200, edit: 404, poster: 404, otherPoster: 200, exportCsv: 200, template: 200 },
  viewer: { list: 200, new: 403, import: 403, batch: 403, own: 200, other: 200, edit: 403, poster: 403, otherPoster: 403, exportCsv: 200, template: 403 },
  officer: { list: 403, new: 403, import: 403, batch: 403, own: 403, other: 403, edit: 403, poster: 403, otherPoster: 403, exportCsv: 403, template: 403 },
};

const TARGETS: Record<string, string> = {
  list: '/quan-tri/chot-kiem-soat',
  new: '/quan-tri/chot-kiem-soat/moi',
  import: '/quan-tri/chot-kiem-soat/nhap-csv',
  batch: '/quan-tri/chot-kiem-soat/ap-phich',
  own: `/quan-tri/chot-kiem-soat/${BINH_SON}`,
  other: `/quan-tri/chot-kiem-soat/${DUC_PHO}`,
  edit: `/quan-tri/chot-kiem-soat/${BINH_SON}/sua`,
  poster: `/api/checkpoints/${BINH_SON}/poster`,
  otherPoster: `/api/checkpoints/${DUC_PHO}/poster`,
  exportCsv: '/api/checkpoints/export',
  template: '/api/checkpoints/csv-template',
};

for (const role of Object.keys(ACCESS) as RoleKey[]) {
  test.describe(`${role} access`, () => {
    test.use({ storageState: storageStateOf(role) });
    test('gets the expected status on every checkpoint page and route', async ({ page }) => {
      const seen: Record<string, number> = {};
      for (const [key, path] of Object.entries(TARGETS)) {
        const response = path.startsWith('/api/') ? await page.request.get(path) : await page.goto(path);
        seen[key] = response!.status();
      }
      expect(seen).toEqual(ACCESS[role]);
    });
  });
}

test('signed out, poster and CSV routes answer 401 and pages send to sign in', async ({ request, page }) => {
  for (const path of [TARGETS.poster, TARGETS.exportCsv, '/api/posters/batch']) expect((await request.get(path)).status()).toBe(401);
  await page.goto(TARGETS.own);
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
});

test.describe('district batch scope', () => {
  test.use({ storageState: storageStateOf('district') });
  test("asking for another district's batch is refused", async ({ page }) => {
    expect((await page.request.get('/api/posters/batch?district=534')).status()).toBe(403);
  });
});

test.describe('checkpoint forms', () => {
  test.use({ storageState: storageStateOf('district') });

  test('bad input gets Vietnamese messages, keeps the input and writes nothing', async ({ page }) => {
    await page.goto('/quan-tri/chot-kiem-soat/moi');
    await expect(page.getByLabel('Huyện, thị xã, thành phố')).toHaveValue('Huyện Bình Sơn');
    await page.getByLabel('Tên chốt / tổ').fill('AB');
    await page.getByLabel('Vĩ độ (GPS)').fill('21,03');
    await page.getByLabel('Số điện thoại thông minh').fill('-1');
    await page.getByRole('button', { name: 'Thêm chốt' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('Dữ liệu chưa hợp lệ');
    await expect(page.getByText('Nhập tên chốt (ít nhất 3 ký tự).')).toBeVisible();
    await expect(page.getByText('Vĩ độ phải là số trong phạm vi tỉnh Quảng Ngãi')).toBeVisible();
    await expect(page.getByText('Số điện thoại thông minh phải là số nguyên từ 0 đến 50.')).toBeVisible();
    await expect(page.getByLabel('Tên chốt / tổ')).toHaveValue('AB');
    await page.goto('/quan-tri/chot-kiem-soat?q=AB');
    await expect(page.getByRole('textbox', { name: 'Tìm theo tên, địa chỉ, số hiệu' })).toHaveValue('AB');
    // Not "no match": other workers' checkpoints carry hex suffixes, and "…267ab975" matches AB.
    await expect(page.getByRole('link', { name: 'AB', exact: true })).toHaveCount(0);
  });

  test('create, edit, search without diacritics, pause and close', async ({ page }) => {
    const name = uniqueName('Tổ tuần tra Bình Đông');
    const { id } = await createCheckpoint(page, name, { district: null, commune: 'Xã Bình Đông' });
    await page.getByRole('link', { name: 'Sửa thông tin' }).click();
    await page.getByLabel('Ghi chú ca trực').fill('Ca đêm 22:00–06:00');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
    await expect(page.getByText('Ca đêm 22:00–06:00')).toBeVisible();

    await page.goto(`/quan-tri/chot-kiem-soat?q=${encodeURIComponent('to tuan tra binh dong')}`);
    await expect(page.getByRole('link', { name })).toBeVisible();

    await page.goto(`/quan-tri/chot-kiem-soat/${id}`);
    await clickAndConfirm(page, 'Tạm dừng chốt');
    await expect(page.getByText('Đã tạm dừng chốt')).toBeVisible();
    await clickAndConfirm(page, 'Đóng chốt');
    await expect(page.getByText('Đã đóng chốt')).toBeVisible();
    await page.goto(`/quan-tri/chot-kiem-soat?q=${encodeURIComponent('binh dong')}&status=closed`);
    await expect(page.getByRole('link', { name })).toBeVisible();
  });
});

test.describe('CSV import and export', () => {
  test.use({ storageState: storageStateOf('admin') });

  const upload = (page: import('@playwright/test').Page, name: string, bytes: Buffer) =>
    page.getByLabel('Tệp CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });

  test('a file with bad rows lists each line and reason and imports nothing; a good Excel file imports', async ({ page }) => {
    const tag = uniqueName('Nhập CSV');
    await page.goto('/quan-tri/chot-kiem-soat/nhap-csv');
    const bad = ['Loại;Tên chốt;Huyện/thị xã/thành phố', `Chốt kiểm soát;${tag} Một;Bình Sơn`, `Trạm;${tag} Hai;Bình Sơn`, `Tổ tuần tra;${tag} Ba;Hội An`].join('\r\n');
    await upload(page, 'chot.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bad)]));
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await expect(page.locator('main [role=alert]')).toHaveText('Tệp có 2 dòng lỗi nên chưa nhập dòng nào. Sửa các dòng dưới đây rồi tải lên lại.');
    await expect(page.getByTestId('import-errors').getByRole('listitem')).toHaveText([
      'Dòng 3: loại "Trạm" không hợp lệ: ghi "Chốt kiểm soát" hoặc "Tổ tuần tra".',
      'Dòng 4: không có huyện, thị xã, thành phố "Hội An" trong tỉnh Quảng Ngãi.',
    ]);
    await page.goto(`/quan-tri/chot-kiem-soat?q=${encodeURIComponent(tag)}`);
    await expect(page.getByText('Chưa có chốt nào phù hợp.')).toBeVisible();

    await page.goto('/quan-tri/chot-kiem-soat/nhap-csv');
    const good = ['Loại;Tên chốt;Huyện/thị xã/thành phố;Ứng dụng đã cài', `Chốt kiểm soát;${tag} Một;Bình Sơn;"Bluezone, PC-Covid"`, `Tổ tuần tra;${tag} Hai;Lý Sơn;`].join('\r\n');
    await upload(page, 'chot.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]));
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await expect(page.locator('main [role=status]')).toHaveText('Đã nhập xong: thêm 2 chốt, cập nhật 0 chốt.');
    // The answer links to each imported checkpoint.
    const written = page.getByRole('list', { name: 'Các mục vừa ghi' }).getByRole('link');
    await expect(written).toHaveText([`${tag} Một`, `${tag} Hai`]);
    await written.first().click();
    await expect(page.getByRole('heading', { name: `${tag} Một` })).toBeVisible();
    await page.goto(`/quan-tri/chot-kiem-soat?q=${encodeURIComponent(tag)}`);
    await expect(page.getByText('2 chốt phù hợp')).toBeVisible();
  });

  test('a file saved in another encoding is refused with a message naming CSV UTF-8', async ({ page }) => {
    await page.goto('/quan-tri/chot-kiem-soat/nhap-csv');
    await upload(page, 'ansi.csv', Buffer.from('Lo\xe0i;T\xean ch\xf4t\r\n', 'latin1'));
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  test('the export is UTF-8 with BOM and Vietnamese headers, under a Vietnamese file name', async ({ page }) => {
    await page.goto('/quan-tri/chot-kiem-soat?district=534');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất CSV cho Excel (dấu chấm phẩy)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Danh sách chốt kiểm soát \d{4}-\d{2}-\d{2}\.csv$/);
    const fs = await import('node:fs');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFSố hiệu;Loại;Tên chốt;Huyện/thị xã/thành phố;')).toBe(true);
    expect(text).toContain('Chốt kiểm soát Sa Huỳnh');
    expect(text).not.toContain('Dốc Sỏi');
  });
});
