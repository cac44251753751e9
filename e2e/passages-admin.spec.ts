import { test, expect } from '@playwright/test';
import { storageStateOf, type RoleKey } from './support/roles';
import { stableId } from '../db/demo/stable-id';

const PAGES: { path: string; heading: string; menu: string; allowed: RoleKey[] }[] = [
  { path: '/quan-tri/quy-tac', heading: 'Quy tắc xác minh tiêm chủng', menu: 'Quy tắc xác minh', allowed: ['admin'] },
  { path: '/quan-tri/cai-dat', heading: 'Cài đặt', menu: 'Cài đặt', allowed: ['admin'] },
  { path: '/quan-tri/tra-cuu', heading: 'Tra cứu vết', menu: 'Tra cứu vết', allowed: ['admin', 'police'] },
];

for (const role of ['admin', 'police', 'district', 'viewer'] as const) {
  test.describe(`${role} on rule, settings and trace pages`, () => {
    test.use({ storageState: storageStateOf(role) });
    for (const p of PAGES) {
      const allowed = p.allowed.includes(role);
      test(`${allowed ? 'opens' : 'is refused'} ${p.path}`, async ({ page }) => {
        const response = await page.goto(p.path);
        expect(response?.status()).toBe(allowed ? 200 : 403);
        if (allowed) await expect(page.getByRole('heading', { name: p.heading, exact: true })).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Danh mục quản trị' }).last().getByRole('link', { name: p.menu, exact: true })).toHaveCount(allowed ? 1 : 0);
      });
    }
  });
}

test.describe('rule versions', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('a start in the past is refused in Vietnamese; a scheduled version joins the history', async ({ page }) => {
    await page.goto('/quan-tri/quy-tac');
    await expect(page.getByRole('row', { name: /Đang áp dụng/ })).toContainText('2 mũi');
    await page.getByLabel('Áp dụng từ ngày').fill('2021-01-02');
    await page.getByLabel('Căn cứ thay đổi').fill('Thử ngày trong quá khứ');
    await page.getByRole('button', { name: 'Thêm phiên bản' }).click();
    await expect(page.locator('main [role=alert]').first()).toBeVisible();
    await expect(page.getByText('Thời điểm hiệu lực phải sau hiện tại ít nhất 5 phút').first()).toBeVisible();
    await expect(page.getByRole('row', { name: /Sắp áp dụng/ })).toHaveCount(0);

    await page.getByLabel('Áp dụng từ ngày').fill('2099-12-31');
    await page.getByLabel('Số mũi cần tiêm').fill('3');
    await page.getByLabel('Căn cứ thay đổi').fill('Công văn thử nghiệm số 1/BYT');
    await page.getByRole('button', { name: 'Thêm phiên bản' }).click();
    await expect(page.getByRole('status')).toContainText('áp dụng từ 00:00 31/12/2099');
    await expect(page.getByRole('row', { name: /Sắp áp dụng/ })).toContainText('3 mũi');
  });
});

test.describe('retention setting', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('refuses a bad value with nothing saved, then saves a good one', async ({ page }) => {
    await page.goto('/quan-tri/cai-dat');
    // The page holds several forms with a "Lưu" each: this one is the retention form's.
    const save = page.locator('form', { has: page.getByLabel('Số ngày lưu') }).getByRole('button', { name: 'Lưu', exact: true });
    await expect(page.getByLabel('Số ngày lưu')).toHaveValue('21');
    await page.getByLabel('Số ngày lưu').fill('0');
    await save.click();
    await expect(page.getByText('Ít nhất 1 ngày.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Số ngày lưu')).toHaveValue('21');
    await page.getByLabel('Số ngày lưu').fill('21');
    await save.click();
    await expect(page.getByRole('status')).toContainText('Đã lưu: dữ liệu cá nhân được giữ 21 ngày.');
    // The success belongs to that save: editing the field again takes it away.
    await page.getByLabel('Số ngày lưu').fill('22');
    await expect(page.getByText('Đã lưu: dữ liệu cá nhân được giữ 21 ngày.')).toHaveCount(0);
  });
});

test('an officer records a check with a phone; police trace it with a stated reason', async ({ browser }) => {
  const phone = `09${String(Date.now()).slice(-8)}`;
  const officer = await browser.newContext({ storageState: storageStateOf('officer') });
  const key = `e2etrace${Date.now()}`;
  const res = await officer.request.post('/api/checks', {
    data: {
      idempotencyKey: key, method: 'direct', checkpointId: stableId('checkpoint', 'Chốt kiểm soát Dốc Sỏi'), source: 'paper',
      doses: 2, lastDoseOn: '2021-08-26', checkedAt: new Date().toISOString(), citizen: { name: 'Người Thử Vết', phone },
    },
  });
  expect(res.status()).toBe(201);
  await officer.close();

  const police = await browser.newContext({ storageState: storageStateOf('police') });
  const page = await police.newPage();
  await page.goto('/quan-tri/tra-cuu');
  await page.getByLabel('Số cần tra').fill(`+84 ${phone.slice(1)}`);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByText('Ghi lý do tra cứu (ít nhất 10 ký tự)')).toBeVisible();
  await page.getByLabel('Lý do tra cứu').fill('Ca bệnh thử nghiệm, yêu cầu của CDC tỉnh');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const own = page.getByRole('region', { name: /Các lượt qua chốt/ });
  await expect(own).toContainText('Chốt kiểm soát Dốc Sỏi');
  await expect(own).toContainText('Người Thử Vết');
  await expect(page).not.toHaveURL(new RegExp(phone));
  await police.close();
});
