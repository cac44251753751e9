import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { storageStateOf, type RoleKey } from './support/roles';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of ['/', '/dang-nhap']) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

const HOMES: [RoleKey, string][] = [
  ['admin', '/quan-tri'], ['police', '/quan-tri'], ['district', '/quan-tri'], ['viewer', '/quan-tri'], ['officer', '/chot'],
];

for (const [role, home] of HOMES) {
  test.describe(role, () => {
    test.use({ storageState: storageStateOf(role) });
    test(`no serious accessibility violation on ${home}`, async ({ page }) => {
      await page.goto(home);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
