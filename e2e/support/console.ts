import { expect, type Page } from '@playwright/test';

/** yyyy-MM-dd of the day `days` before today in Quảng Ngãi. */
export function localDateDaysAgo(days: number, from = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(from - days * 86_400_000));
}

export async function openConsoleAt(page: Page, checkpoint: string) {
  await page.goto('/chot');
  const change = page.getByRole('button', { name: 'Đổi chốt' });
  await expect(change.or(page.getByRole('heading', { name: 'Chọn chốt đang làm việc' }))).toBeVisible();
  if (await change.isVisible()) await change.click();
  await page.getByRole('button', { name: new RegExp(checkpoint) }).click();
  await expect(page.getByTestId('current-checkpoint')).toHaveText(checkpoint);
}

/** A direct check through the three steps, as an officer taps it. */
export async function recordDirectCheck(page: Page, check: { source?: string; doses?: number; daysAgo?: number } = {}) {
  const { source = 'Bluezone', doses = 2, daysAgo = 30 } = check;
  await page.getByRole('button', { name: source, exact: true }).click();
  if (source !== 'Không có chứng nhận') {
    await page.getByRole('button', { name: doses === 3 ? '3 mũi trở lên' : `${doses} mũi`, exact: true }).click();
    if (doses > 0) await page.getByLabel('Ngày tiêm mũi cuối').fill(localDateDaysAgo(daysAgo));
  }
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByRole('heading', { name: /Bước 1\/3/ })).toBeVisible();
}

/** Today's count at a checkpoint as the server reports it (from the aggregates). */
export async function todayCount(page: Page, checkpointId: string): Promise<number> {
  const response = await page.request.get(`/api/checkpoints/${checkpointId}/today`);
  expect(response.status()).toBe(200);
  return (await response.json()).count;
}
