import { test, expect, type Page } from '@playwright/test';
import { storageStateOf } from './support/roles';

test.use({ storageState: storageStateOf('officer') });

const DOC_SOI = 'Chốt kiểm soát Dốc Sỏi';

async function openConsoleAt(page: Page, checkpoint: string) {
  await page.goto('/chot');
  const change = page.getByRole('button', { name: 'Đổi chốt' });
  await expect(change.or(page.getByRole('heading', { name: 'Chọn chốt đang làm việc' }))).toBeVisible();
  if (await change.isVisible()) await change.click();
  await page.getByRole('button', { name: new RegExp(checkpoint) }).click();
  await expect(page.getByTestId('current-checkpoint')).toHaveText(checkpoint);
}

test('the officer chooses a checkpoint, and the phone remembers it', async ({ page }) => {
  await openConsoleAt(page, DOC_SOI);
  await page.reload();
  await expect(page.getByTestId('current-checkpoint')).toHaveText(DOC_SOI);
  await expect(page.getByRole('heading', { name: /Bước 1\/3/ })).toBeVisible();
});
