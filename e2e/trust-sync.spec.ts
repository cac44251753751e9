import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { storageStateOf } from './support/roles';

// Issue 15.3: the admin points the server at an official, signed trust list; the server (not the
// browser) fetches it from a fixture server this test runs on a free port.
const certificateOf = (name: string) => JSON.parse(fs.readFileSync(path.resolve(`lib/dcc/testdata/cases/${name}.json`), 'utf8')).TESTCTX.CERTIFICATE as string;
const keys = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const body = JSON.stringify({ certificates: ['BE_1', 'BG_1'].map((c) => ({ certificateType: 'DSC', rawData: certificateOf(c) })) });
const signature = crypto.sign('sha256', Buffer.from(body), keys.privateKey).toString('base64');
const lists: Record<string, string> = {
  '/good': `${signature}\n${body}`,
  '/tampered': `${signature}\n${body.replace('"certificates":[', '"certificates":[{"certificateType":"DSC","rawData":"AAAA"},')}`,
};

let server: http.Server;
let base = '';
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const list = lists[req.url ?? ''];
    if (list) res.writeHead(200, { 'content-type': 'text/plain' }).end(list);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test.describe('trust-list sync', () => {
  test.use({ storageState: storageStateOf('admin'), viewport: { width: 390, height: 844 } });

  test('an admin configures the signed source, syncs, sees the status; a tampered list changes nothing and says why', async ({ page }) => {
    await page.goto('/quan-tri/danh-sach-tin-cay');
    const source = page.locator('form', { has: page.getByRole('heading', { name: 'Nguồn danh sách chính thức' }) });
    const save = async (url: string) => {
      await source.getByLabel('Địa chỉ danh sách').fill(url);
      await source.getByLabel('Khoá công khai ký danh sách (PEM, ECDSA P-256)').fill(keys.publicKey.export({ type: 'spki', format: 'pem' }).toString());
      await source.getByLabel('Đồng bộ mỗi (giờ)').fill('12');
      await source.getByRole('button', { name: 'Lưu nguồn' }).click();
      await expect(source.getByRole('status')).toContainText('Đã lưu nguồn danh sách tin cậy');
    };
    await save(`${base}/good`);
    const status = page.getByTestId('trust-sync-status');
    await expect(status).toContainText(`${base}/good`);
    await status.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(status.getByRole('status')).toContainText(/Đã đồng bộ: thêm \d+, gỡ 0, giữ nguyên \d+ chứng thư/);
    await expect(status).toContainText(/Lần đồng bộ thành công gần nhất: .* \((vừa xong|\d+ phút trước)\)/);
    const synced = page.locator('tbody tr', { hasText: 'Đồng bộ' });
    await expect(synced.filter({ hasText: 'BE' }).first()).toContainText('Đang bật');
    await expect(synced.filter({ hasText: 'BG' }).first()).toContainText('Đang bật');
    const enabled = await page.locator('tbody tr', { hasText: 'Đang bật' }).count();

    await save(`${base}/tampered`);
    await status.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(status.getByRole('alert').first()).toContainText('Chữ ký của danh sách không khớp');
    await page.reload();
    await expect(page.getByTestId('trust-sync-status').getByRole('alert')).toContainText(/Lỗi gần nhất .*Chữ ký của danh sách không khớp/);
    await expect(page.locator('tbody tr', { hasText: 'Đang bật' })).toHaveCount(enabled);
    await expect(page.getByTestId('trust-sync-status')).toContainText('Lần đồng bộ thành công gần nhất');
  });
});
