import { expect, type Page } from '@playwright/test';

export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1000)}`;

/** Creates a checkpoint through the form and returns its detail page's id and number. */
/** `district: null` for a district user, whose own district is fixed in the form. */
export async function createCheckpoint(page: Page, name: string, options: { district?: string | null; commune?: string } = {}) {
  await page.goto('/quan-tri/chot-kiem-soat/moi');
  await page.getByLabel('Tên chốt / tổ').fill(name);
  if (options.district !== null) await page.getByLabel('Huyện, thị xã, thành phố').selectOption(options.district ?? '524');
  if (options.commune) await page.getByLabel('Xã, phường, thị trấn').selectOption({ label: options.commune });
  await page.getByLabel('Số điện thoại thông minh').fill('1');
  await page.getByLabel('Có kết nối 3G/4G').check();
  await page.getByLabel('PC-Covid').check();
  await page.getByRole('button', { name: 'Thêm chốt' }).click();
  await expect(page.getByText('Đã thêm chốt.')).toBeVisible();
  const id = /chot-kiem-soat\/([0-9a-f-]{36})/.exec(page.url())![1];
  const number = Number(/số hiệu (\d+)/.exec((await page.getByText(/số hiệu \d+/).textContent())!)![1]);
  return { id, number };
}
