import { expect, type Page } from '@playwright/test';

/**
 * Clicks a button guarded by a confirmation dialog, checks the dialog says `consequence`, then
 * confirms with the dialog's own button (`confirmName`, by default the same label).
 */
export async function clickAndConfirm(page: Page, name: string, options: { confirmName?: string; consequence?: string | RegExp } = {}) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (options.consequence) await expect(dialog).toContainText(options.consequence);
  await dialog.getByRole('button', { name: options.confirmName ?? name, exact: true }).click();
}
