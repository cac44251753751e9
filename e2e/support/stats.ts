import crypto from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { expect, type Browser, type Page } from '@playwright/test';
import { localDateDaysAgo } from './console';

/**
 * `count` direct checks at a checkpoint `daysAgo` days back, sent as the console's batch; returns
 * the local day they count on (taken from the same instant, so midnight cannot split them).
 */
export async function postDirectChecks(browser: Browser, storageState: string, checkpointId: string, count: number, daysAgo: number) {
  const context = await browser.newContext({ storageState });
  const at = Date.now() - daysAgo * 86_400_000;
  const checkedAt = new Date(at).toISOString();
  const items = Array.from({ length: count }, (_, i) => ({
    idempotencyKey: crypto.randomUUID(), method: 'direct', checkpointId, source: i % 2 ? 'pc_covid' : 'paper',
    doses: 2, lastDoseOn: '2021-08-01', checkedAt,
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
