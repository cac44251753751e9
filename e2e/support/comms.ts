import crypto from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** A short unique word (letters and digits only) that makes a test's data findable. */
export function uniqueWord(prefix = 'e2e'): string {
  return `${prefix}${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`;
}

export const sha256 = (bytes: Uint8Array | Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export interface UploadOptions {
  kind?: string;
  title: string;
  summary?: string;
  file?: { name: string; mimeType: string; buffer: Buffer };
  audiences?: string[];
  status?: 'draft' | 'published';
  documentNumber?: string;
  issuedOn?: string;
  issuer?: string;
}

/** Adds a material through the admin form, as an admin would; returns its admin URL id. */
export async function uploadMaterial(page: Page, o: UploadOptions): Promise<string> {
  await page.goto('/quan-tri/tai-lieu/moi');
  await page.getByLabel('Loại tài liệu').selectOption(o.kind ?? 'guide');
  await page.getByLabel('Tiêu đề').fill(o.title);
  await page.getByRole('textbox', { name: o.kind === 'official_letter' ? 'Trích yếu' : 'Tóm tắt', exact: true }).fill(o.summary ?? `Tóm tắt của ${o.title}.`);
  if (o.documentNumber) await page.getByLabel('Số hiệu').fill(o.documentNumber);
  if (o.issuedOn) await page.getByLabel('Ngày ban hành').fill(o.issuedOn);
  if (o.issuer) await page.getByLabel('Cơ quan ban hành').fill(o.issuer);
  if (o.file) await page.getByLabel('Tệp tài liệu').setInputFiles(o.file);
  for (const audience of o.audiences ?? []) await page.getByRole('checkbox', { name: audience, exact: true }).check();
  await page.getByLabel('Trạng thái').selectOption(o.status ?? 'published');
  await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
  await expect(page.getByText('Đã thêm tài liệu.')).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}
