import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { UserInputError } from '@/lib/auth/errors';
import { docxBytes, fileOf, pdfBytes, xlsxBytes } from '@/lib/testing/files';
import { detectFileType } from './file-types';
import { checkUpload } from './upload-check';
import { checkZipBounds } from './zip-bounds';

const DOCX_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A DOCX whose document inflates to `mb` MB of zeros, built from one deflated MB (fast under load). */
function docxBomb(mb: number): Uint8Array {
  const MB = Buffer.alloc(1024 * 1024);
  const segment = zlib.deflateRawSync(MB, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const deflated = Buffer.concat([...Array<Buffer>(mb).fill(segment), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = zlib.crc32(MB, crc);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const types = new ZipPassThrough('[Content_Types].xml');
  zip.add(types);
  types.push(strToU8(DOCX_TYPES), true);
  const document = Object.assign(new ZipPassThrough('word/document.xml'), { compression: 8, crc, size: mb * MB.length });
  zip.add(document);
  document.push(deflated, true);
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

async function refusalOf(file: File): Promise<string> {
  try {
    await checkUpload(file);
  } catch (error) {
    if (error instanceof UserInputError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('PDF structure', () => {
  it.each([
    ['an HTML page holding %PDF- and %%EOF', '<html><body>%PDF-1.4 <script>alert(1)</script></body></html>\n%%EOF\n'],
    ['a header at the start and a startxref pointing nowhere useful', '%PDF-1.4\n<html><script>alert(1)</script></html>\nstartxref\n0\n%%EOF\n'],
    ['a header after junk', `junk\n${Buffer.from(pdfBytes()).toString('latin1')}`],
  ])('refuses %s', async (_, text) => {
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    expect(detectFileType(bytes)).toBeNull();
    expect(await refusalOf(fileOf(bytes, 'thong-bao.pdf'))).toContain('không phải PDF');
  });

  it('accepts a real PDF, with an incremental update after it too', async () => {
    const pdf = Buffer.from(pdfBytes());
    expect(detectFileType(pdf)).toBe('pdf');
    const text = pdf.toString('latin1');
    const xref = pdf.length;
    const updated = `${text}xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${text.match(/startxref\n(\d+)/)![1]} >>\nstartxref\n${xref}\n%%EOF\n`;
    expect(detectFileType(new Uint8Array(Buffer.from(updated, 'latin1')))).toBe('pdf');
    expect(await refusalOf(fileOf(pdf, 'thong-bao.pdf'))).toBe('accepted');
  });
});

describe('ZIP-based uploads are inflated within bounds', () => {
  it('accepts ordinary DOCX and XLSX and counts what they hold', async () => {
    expect(checkZipBounds(docxBytes())).toMatchObject({ ok: true, entries: 2 });
    expect(await refusalOf(fileOf(docxBytes(), 'a.docx'))).toBe('accepted');
    expect(await refusalOf(fileOf(xlsxBytes(), 'a.xlsx'))).toBe('accepted');
  });

  it('refuses a DOCX that inflates to 64 MB, without holding it in memory', async () => {
    const bomb = docxBomb(64);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(detectFileType(bomb)).toBe('docx');
    expect(checkZipBounds(bomb)).toEqual({ ok: false, reason: 'size' });
    expect(await refusalOf(fileOf(bomb, 'bao-cao.docx'))).toMatch(/vượt giới hạn \(hơn 50 MB\)/);
  });

  it('refuses a DOCX with more entries than any document needs', async () => {
    const parts: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(DOCX_TYPES), 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 2_001; i++) parts[`word/media/p${i}.xml`] = strToU8('x');
    const many = zipSync(parts);
    expect(checkZipBounds(many)).toEqual({ ok: false, reason: 'entries' });
    expect(await refusalOf(fileOf(many, 'bao-cao.docx'))).toMatch(/hơn 2000 phần/);
  });
});
