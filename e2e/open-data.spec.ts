import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';

// Issue 16: the public figures and the library feed, for a signed-out visitor on a phone.

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const [path, heading, tableToggle] of [['/so-lieu', 'Số liệu mở', 'Xem bảng số liệu theo ngày'], ['/en/data', 'Open data', 'Show the table by day']] as const) {
  test(`${path} is readable signed out on a 390 px phone, accessible, without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'CC BY 4.0' }).first()).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText(tableToggle).click();
    await expect(page.getByRole('region', { name: /^(Bảng|Table): .*(theo ngày|per day)/ })).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the header leads to the open data, whose CSV and JSON download with licence and time', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Số liệu' }).click();
  await expect(page).toHaveURL(/\/so-lieu$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV theo huyện' }).click()]);
  expect(download.suggestedFilename()).toBe('so-lieu-theo-huyen.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('CC BY 4.0');
  expect(csv).toContain('Toàn tỉnh');
  const json = await page.request.get('/so-lieu/so-lieu.json');
  expect(json.status()).toBe(200);
  expect(json.headers()['cache-control']).toContain('max-age=300');
  const body = await json.json();
  expect(body.licence.name).toBe('CC BY 4.0');
  expect(body.districts).toHaveLength(13);
  expect(body.daily).toHaveLength(90);
  const daily = await page.request.get('/so-lieu/so-lieu-theo-ngay.csv');
  expect(daily.headers()['content-type']).toContain('text/csv');
});

test('the library names its Atom feed in the page head, filtered like the page', async ({ page }) => {
  await page.goto('/tai-lieu?loai=guide');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/tai-lieu\/atom\.xml\?loai=guide$/);
  const feed = await page.request.get('/tai-lieu/atom.xml?loai=guide');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});
