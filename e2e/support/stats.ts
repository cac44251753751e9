import crypto from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { expect, type Browser, type Page } from '@playwright/test';
import { localDateDaysAgo } from './console';

/**
 * `count` direct checks at a checkpoint `daysAgo` days back, sent as the console's batch; returns
 * the local day they count on (taken from the same instant, so midnight cannot split them). The
 * first `notValid` have one dose only (not valid).
 */
export async function postDirectChecks(browser: Browser, storageState: string, checkpointId: string, count: number, daysAgo: number, notValid = 0) {
  const context = await browser.newContext({ storageState });
  const at = Date.now() - daysAgo * 86_400_000;
  const checkedAt = new Date(at).toISOString();
  const items = Array.from({ length: count }, (_, i) => ({
    idempotencyKey: crypto.randomUUID(), method: 'direct', checkpointId, source: i % 2 ? 'pc_covid' : 'paper',
    doses: i < notValid ? 1 : 2, lastDoseOn: '2021-08-01', checkedAt,
  }));
  const response = await context.request.post('/api/checks/batch', { data: { items } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(JSON.stringify(body)).not.toContain('refused');
  await context.close();
  return localDateDaysAgo(0, at);
}

/** The number on a KPI card once its section has streamed in ("1.234" → 1234). */
export async function kpiValue(page: Page, id: string): Promise<number> {
  const value = page.locator(`[data-kpi="${id}"] [data-kpi-value]`);
  await expect(value).toBeVisible();
  return Number((await value.textContent())!.replace(/\D/g, ''));
}

/** Clicks a download link and returns the saved file's bytes and suggested name. */
export async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** The "Khoảng đã chọn" row of an exported CSV: [total, valid, certified]. */
export function csvRangeTotals(bytes: Buffer): number[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true, skip_empty_lines: true });
  const row = rows.find((r) => r[0] === 'Khoảng đã chọn')!;
  return [Number(row[3]), Number(row[4]), Number(row[6])];
}

export async function xlsxRangeTotals(bytes: Buffer): Promise<number[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const row = book.getWorksheet('Tổng hợp')!.getRow(2);
  expect(row.getCell(1).value).toBe('Khoảng đã chọn');
  return [4, 5, 7].map((c) => Number(row.getCell(c).value));
}

/** An exported CSV as its sections: title → header row and data rows. */
export function csvSections(bytes: Buffer): Map<string, { headers: string[]; rows: string[][] }> {
  const records: string[][] = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true, skip_empty_lines: false });
  const sections = new Map<string, { headers: string[]; rows: string[][] }>();
  for (let i = 0; i < records.length; i++) {
    const blank = records[i].every((c) => c === '');
    if (!blank || i + 2 >= records.length || records[i + 1].length !== 1) continue;
    const rows: string[][] = [];
    let j = i + 3;
    for (; j < records.length && !records[j].every((c) => c === ''); j++) rows.push(records[j]);
    sections.set(records[i + 1][0], { headers: records[i + 2], rows });
    i = j - 1;
  }
  return sections;
}

/** Every table of the page marked data-section (its CSV section's title): header and body cell texts. */
export async function screenTables(page: Page) {
  return page.locator('table[data-section]').evaluateAll((tables) => tables.map((t) => ({
    key: t.getAttribute('data-section')!,
    headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())),
  })));
}

/**
 * What a phone user would see go wrong: the page scrolling sideways, or a cell holding a number
 * or a percentage whose text runs over more than one line. Answers the offending cells.
 */
export async function phoneLayoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`trang cuộn ngang: ${root.scrollWidth} > ${root.clientWidth}`);
    const numeric = /^[−+]?\d[\d.,]*(\s?(%|điểm\s%))?$|^\d+\s?\/\s?\d+$/;
    for (const cell of document.querySelectorAll('main td, main th, main [data-kpi-value]')) {
      const text = (cell.textContent ?? '').trim();
      if (!numeric.test(text) || (cell as HTMLElement).offsetParent === null) continue;
      // Lines of the cell's text only (an inner badge's box has its own top); a new line starts
      // where a text fragment begins below half a line height of the previous one.
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      rects.sort((a, b) => a.top - b.top);
      const lines = rects.filter((r, i) => i === 0 || r.top - rects[i - 1].top > rects[i - 1].height / 2).length;
      if (lines > 1) problems.push(`xuống dòng trong số: "${text}"`);
    }
    return problems;
  });
}
