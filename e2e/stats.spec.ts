import { test, expect } from '@playwright/test';
import { stableId } from '../db/demo/stable-id';
import { makeConsoleOfficer } from './support/check-data';
import { storageStateOf } from './support/roles';
import { seriousViolations } from './support/axe';
import { csvRangeTotals, csvSections, download, kpiValue, phoneLayoutProblems, postDirectChecks, screenTables, xlsxRangeTotals } from './support/stats';

// The statistics dashboard, its exports and the report. This file's own checkpoint gets a known
// number of checks two days ago, so filtering to it gives exact numbers whatever else ran.
const OFFICER_STATE = 'e2e/.auth/stats-officer.json';
const CHECKS = 7;
// Three days ago: 33 valid checks of 49, 67,35 % (67,3 % rounded half up on the exact fraction).
const SHARE_CHECKS = 49;
const SHARE_NOT_VALID = 16;
const ducPhoCheckpoint = stableId('checkpoint', 'Chốt kiểm soát Sa Huỳnh');
let checkpoint: { id: string; name: string };
let day: string;
let dayBefore: string;
let shareDay: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000); // an officer and 56 checks through the real ingest, on a loaded machine
  [checkpoint] = await makeConsoleOfficer(browser, OFFICER_STATE, ['Chốt Thống Kê']);
  day = await postDirectChecks(browser, OFFICER_STATE, checkpoint.id, CHECKS, 2);
  // Five days back: clear of `day` (2 days back) and of the empty day before it that a test checks.
  shareDay = await postDirectChecks(browser, OFFICER_STATE, checkpoint.id, SHARE_CHECKS, 5, SHARE_NOT_VALID);
  dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
});

/** Waits until every card has streamed in (no skeleton left). */
async function settled(page: import('@playwright/test').Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

test.describe('admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('filters to one district and a date range, sees the numbers change, exports the same totals', async ({ page }) => {
    await page.goto('/quan-tri');
    await settled(page);
    const province = await kpiValue(page, 'range');
    await expect(page.locator('[data-table="theo-huyen"] tbody tr')).toHaveCount(13);

    await page.getByLabel('Huyện', { exact: true }).selectOption({ label: 'Huyện Bình Sơn' });
    await page.getByLabel('Từ ngày').fill(day);
    await page.getByLabel('Đến ngày').fill(day);
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day}.*to=${day}.*district=524`));
    await settled(page);
    const district = await kpiValue(page, 'range');
    expect(district).toBeGreaterThanOrEqual(CHECKS);
    expect(district).toBeLessThanOrEqual(province + CHECKS);
    await expect(page.locator('[data-table="theo-huyen"] tbody tr')).toHaveCount(1);

    await page.getByLabel('Chốt', { exact: true }).selectOption({ label: checkpoint.name });
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await expect(page).toHaveURL(new RegExp(`checkpoint=${checkpoint.id}`));
    await settled(page);
    expect(await kpiValue(page, 'range')).toBe(CHECKS);
    await expect(page.getByRole('heading', { name: 'Theo ngày' })).toBeVisible();

    const csv = await download(page, 'Tải CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csvRangeTotals(csv.bytes)[0]).toBe(CHECKS);
    const xlsx = await download(page, 'Tải Excel (XLSX)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect((await xlsxRangeTotals(xlsx.bytes))[0]).toBe(CHECKS);

    // The same checkpoint the day before: nothing.
    await page.getByLabel('Từ ngày').fill(dayBefore);
    await page.getByLabel('Đến ngày').fill(dayBefore);
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${dayBefore}`));
    await settled(page);
    expect(await kpiValue(page, 'range')).toBe(0);
    await expect(page.getByText('Chưa có số liệu').first()).toBeVisible();
  });

  test('province exports equal the dashboard totals; the map measure lives in the URL', async ({ page }) => {
    await page.goto('/quan-tri?chiso=hop-le');
    await settled(page);
    await expect(page.getByRole('link', { name: 'Tỉ lệ hợp lệ' })).toHaveAttribute('aria-current', 'true');
    const total = await kpiValue(page, 'range');
    expect(total).toBeGreaterThanOrEqual(CHECKS);
    expect(csvRangeTotals((await download(page, 'Tải CSV')).bytes)[0]).toBe(total);
    expect((await xlsxRangeTotals((await download(page, 'Tải Excel (XLSX)')).bytes))[0]).toBe(total);
  });

  test('the dashboard has no serious accessibility violation, and its JavaScript is measured', async ({ page }) => {
    // Compressed bytes of every script: those the page needs to become interactive (fetched by
    // the `load` event) and the total once recharts, loaded after hydration, has arrived.
    const scripts: { url: string; bytes: number; early: boolean }[] = [];
    let loaded = false;
    page.on('load', () => { loaded = true; });
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const early = !loaded;
      scripts.push({ url: request.url(), bytes: (await request.sizes()).responseBodySize, early });
    });
    await page.goto('/quan-tri', { waitUntil: 'load' });
    await settled(page);
    await expect(page.locator('#theo-ngay .recharts-wrapper')).toBeVisible();
    const kb = (list: typeof scripts) => Math.round(list.reduce((a, s) => a + s.bytes, 0) / 102.4) / 10;
    console.log(JSON.stringify({ path: '/quan-tri', scripts: scripts.length, firstLoadKb: kb(scripts.filter((s) => s.early)), withChartsKb: kb(scripts) }));
    // Open every disclosure (the phone filter is one; on a desktop its summary is hidden) so axe sees all.
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('every percentage on the dashboard is the one in the CSV of the same filter', async ({ page }) => {
    await page.goto(`/quan-tri?from=${shareDay}&to=${shareDay}&checkpoint=${checkpoint.id}`);
    await settled(page);
    await expect(page.locator('[data-kpi="valid-share"] [data-kpi-value]')).toHaveText('67,3\u00a0%');
    const csv = csvSections((await download(page, 'Tải CSV')).bytes);
    const summary = csv.get('Tổng hợp')!;
    const range = summary.rows.find((r) => r[0] === 'Khoảng đã chọn')!;
    const col = (name: string) => summary.headers.indexOf(name);
    expect(await page.locator('[data-kpi="valid-share"] [data-kpi-value]').textContent()).toBe(range[col('Tỉ lệ hợp lệ')]);
    expect(await page.locator('[data-kpi="certified-share"] [data-kpi-value]').textContent()).toBe(range[col('Tỉ lệ có chứng nhận')]);

    for (const summary of await page.locator('main details > summary').all()) if (await summary.isVisible()) await summary.click();
    let compared = 0;
    for (const table of await screenTables(page)) {
      // data-section names the CSV section the table shows (the same definitions write both).
      const section = csv.get(table.key);
      expect(section, `CSV section for table ${table.key}`).toBeTruthy();
      const label = table.headers[0];
      const labelIndex = section!.headers.indexOf(label);
      for (const [c, header] of table.headers.entries()) {
        if (!header.startsWith('Tỉ lệ')) continue;
        const csvIndex = section!.headers.indexOf(header);
        expect(csvIndex, `${table.key}: ${header}`).toBeGreaterThanOrEqual(0);
        for (const row of table.rows) {
          const match = section!.rows.find((r) => r[labelIndex] === row[0]);
          expect(match, `${table.key}: ${row[0]}`).toBeTruthy();
          expect(row[c].replace(/^—$/, ''), `${table.key} / ${row[0]} / ${header}`).toBe(match![csvIndex]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
    expect(await page.locator('main').textContent()).toContain('67,3\u00a0%');
  });

  test('an unfinished period says so on the dashboard, in the report and in the exports', async ({ page }) => {
    await page.goto('/quan-tri');
    await settled(page);
    await expect(page.locator('[data-kpi="today"] [data-kpi-detail]')).toContainText('chưa hết kỳ, số liệu đến');
    await expect(page.locator('[data-kpi="today"] [data-kpi-trend]')).toContainText(/so với cùng giờ hôm qua \(00:00–\d{2}:00\)|chưa hết giờ đầu tiên/);
    const heading = csvSections((await download(page, 'Tải CSV')).bytes);
    expect([...heading.keys()]).toContain('Tổng hợp');
    const today = heading.get('Tổng hợp')!.rows.find((r) => r[0] === 'Hôm nay')!;
    expect(today[heading.get('Tổng hợp')!.headers.indexOf('Tình trạng')]).toMatch(/^Chưa hết kỳ \(số liệu đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\)$/);
    await page.goto('/quan-tri/bao-cao?ky=thang');
    await expect(page.locator('[data-unfinished]')).toContainText('Kỳ chưa kết thúc');
    await expect(page.locator('[data-comparison]')).toContainText(/ngày đầu tháng \d+|Chưa so sánh|cả tháng/);
    await page.goto('/quan-tri/bao-cao?ky=thang&ngay=2026-02-10');
    await expect(page.locator('[data-unfinished]')).toHaveCount(0);
    await expect(page.locator('[data-comparison]')).toContainText('So với tháng 1/2026');
  });

  for (const [name, path] of [['dashboard', '/quan-tri'], ['report', '/quan-tri/bao-cao?ky=thang'], ['checkpoint list', '/quan-tri/chot-kiem-soat']] as const) {
    test(`the ${name} fits a 390 px phone: no sideways scroll, no number split across lines`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await settled(page);
      if (name === 'dashboard') {
        await expect(page.locator('#theo-ngay .recharts-wrapper')).toBeVisible();
        // The numbers come first; the filters wait, folded, behind one button.
        const kpis = await page.locator('[data-kpi="today"]').boundingBox();
        const filters = await page.locator('details.filters > summary').boundingBox();
        expect(kpis!.y).toBeLessThan(filters!.y);
        expect(kpis!.y).toBeLessThan(844);
        await expect(page.getByLabel('Từ ngày')).toBeHidden();
        await page.locator('details.filters > summary').click();
        await expect(page.getByLabel('Từ ngày')).toBeVisible();
      }
      expect(await phoneLayoutProblems(page)).toEqual([]);
    });
  }

  test('the weekly report prints a district on A4 and its period moves', async ({ page }) => {
    await page.goto(`/quan-tri/bao-cao?ky=tuan&ngay=${day}&district=524`);
    await expect(page.getByRole('heading', { name: 'Báo cáo kiểm tra tại chốt kiểm soát' })).toBeVisible();
    await expect(page.getByText(/^Tuần \d+ \(\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}\) · Huyện Bình Sơn$/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '← Tuần trước' }).click();
    await expect(page).toHaveURL(/ky=tuan&ngay=\d{4}-\d{2}-\d{2}&district=524/);
    await page.goto('/quan-tri/bao-cao?ky=thang&ngay=2026-02-10');
    await expect(page.getByText('Tháng 02/2026 · toàn tỉnh Quảng Ngãi')).toBeVisible();
  });

  test('the report downloads as a Decree 30 PDF and DOCX for the same period', async ({ page }) => {
    await page.goto(`/quan-tri/bao-cao?ky=tuan&ngay=${day}&district=524`);
    const pdf = await download(page, 'Tải báo cáo PDF (thể thức Nghị định 30)');
    expect(pdf.bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.name).toMatch(/^Báo cáo kiểm tra Huyện Bình Sơn .*\.pdf$/);
    const docx = await download(page, 'Tải báo cáo Word (DOCX)');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

test.describe('district user', () => {
  test.use({ storageState: storageStateOf('district') });

  test('sees only its district, fixed in the filter', async ({ page }) => {
    await page.goto('/quan-tri');
    await settled(page);
    await expect(page.getByRole('combobox', { name: 'Huyện' })).toHaveCount(0);
    await expect(page.locator('[data-table="theo-huyen"] tbody tr')).toHaveCount(1);
    await expect(page.locator('[data-table="theo-huyen"] tbody tr')).toContainText('Huyện Bình Sơn');
    const csv = (await download(page, 'Tải CSV')).bytes.toString('utf8');
    expect(csv).toContain('Huyện,Huyện Bình Sơn');
    expect(csv).not.toContain('Đức Phổ');
  });

  test("cannot reach another district's numbers by URL, export or report", async ({ page }) => {
    expect((await page.goto('/quan-tri?district=534'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
    expect((await page.goto(`/quan-tri?checkpoint=${ducPhoCheckpoint}`))?.status()).toBe(404);
    expect((await page.goto('/quan-tri/bao-cao?ky=thang&district=534'))?.status()).toBe(403);
    for (const format of ['pdf', 'docx']) expect((await page.request.get(`/api/stats/report/${format}?ky=thang&district=534`)).status()).toBe(403);
    for (const kind of ['csv', 'xlsx']) {
      const byDistrict = await page.request.get(`/api/stats/${kind}?district=534`);
      expect(byDistrict.status()).toBe(403);
      expect(await byDistrict.json()).toEqual({ error: 'Bạn chỉ xem được số liệu của huyện mình.' });
      expect((await page.request.get(`/api/stats/${kind}?checkpoint=${ducPhoCheckpoint}`)).status()).toBe(403);
    }
  });
});

for (const role of ['viewer', 'police'] as const) {
  test.describe(role, () => {
    test.use({ storageState: storageStateOf(role) });
    test('sees the province', async ({ page }) => {
      await page.goto('/quan-tri');
      await settled(page);
      await expect(page.getByRole('combobox', { name: 'Huyện' })).toHaveValue('');
      await expect(page.locator('[data-table="theo-huyen"] tbody tr')).toHaveCount(13);
      expect((await page.request.get('/api/stats/csv?district=534')).status()).toBe(200);
    });
  });
}

test.describe('officer', () => {
  test.use({ storageState: storageStateOf('officer') });
  test('goes to the console, and is refused the statistics and exports', async ({ page }) => {
    await page.goto('/quan-tri');
    await expect(page).toHaveURL(/\/chot$/);
    expect((await page.request.get('/api/stats/csv')).status()).toBe(403);
    expect((await page.request.get('/api/stats/report/pdf')).status()).toBe(403);
    expect((await page.goto('/quan-tri/bao-cao'))?.status()).toBe(403);
  });
});
