import { test, expect } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { storageStateOf } from './support/roles';
import { stableId } from '../db/demo/stable-id';

for (const path of ['/c', '/c?ma=ZZZZZZ', '/c/khong-phai-ma']) {
  test(`no serious accessibility violation on ${path}, also at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test.describe('checkpoint admin pages', () => {
  test.use({ storageState: storageStateOf('district') });
  const detail = `/quan-tri/chot-kiem-soat/${stableId('checkpoint', 'Chốt kiểm soát Dốc Sỏi')}`;
  for (const path of ['/quan-tri/chot-kiem-soat', detail, `${detail}/sua`, '/quan-tri/chot-kiem-soat/moi', '/quan-tri/chot-kiem-soat/nhap-csv', '/quan-tri/chot-kiem-soat/ap-phich']) {
    test(`no serious accessibility violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
