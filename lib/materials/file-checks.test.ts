import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-types';
import { checkUploadName } from './file-name';
import { docxBytes, JPG_BYTES, pdfBytes, PNG_BYTES, xlsxBytes } from '@/lib/testing/files';

describe('detectFileType', () => {
  it('recognises every accepted type by its content', () => {
    expect(detectFileType(pdfBytes())).toBe('pdf');
    expect(detectFileType(PNG_BYTES)).toBe('png');
    expect(detectFileType(JPG_BYTES)).toBe('jpg');
    expect(detectFileType(docxBytes())).toBe('docx');
    expect(detectFileType(xlsxBytes())).toBe('xlsx');
  });

  it('refuses look-alikes: plain text, a truncated PDF, a macro-enabled document, any other ZIP', async () => {
    const { strToU8, zipSync } = await import('fflate');
    expect(detectFileType(strToU8('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(detectFileType(pdfBytes().subarray(0, 60))).toBeNull();
    expect(detectFileType(docxBytes(true))).toBeNull();
    expect(detectFileType(zipSync({ 'a.txt': strToU8('hello') }))).toBeNull();
    expect(detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toBeNull();
  });
});

describe('checkUploadName', () => {
  it.each(['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u061C'])('drops the bidi control U+%s from the name shown back', (control) => {
    const result = checkUploadName(`bao-cao${control}gnp.pdf`);
    expect(result).toMatchObject({ ok: true, name: 'bao-caognp.pdf', type: 'pdf' });
  });

  it('accepts Vietnamese names, dots in dates and upper-case extensions', () => {
    expect(checkUploadName('Công văn 1088 ngày 26.8.2021.PDF')).toMatchObject({ ok: true, type: 'pdf', extension: 'pdf' });
    expect(checkUploadName('Ảnh chốt.jpeg')).toMatchObject({ ok: true, type: 'jpg' });
  });

  it.each([
    ['../../etc/passwd.pdf', 'đường dẫn'],
    ['..\\windows\\thong-bao.pdf', 'đường dẫn'],
    ['bao-cao.pdf.exe', 'hai đuôi'],
    ['anh.php.jpg', 'hai đuôi'],
    ['thong-bao.exe.pdf', 'hai đuôi'],
    ['tai-lieu.svg', 'không đúng loại'],
    ['.pdf', 'không đúng loại'],
    ['ten\u0000.pdf', 'ký tự không được phép'],
    ['ten\u0085.pdf', 'ký tự không được phép'],
    ['ten\ud800.pdf', 'ký tự không được phép'],
    ['hoa-don\u202Efdp.exe', 'không đúng loại'],
  ])('refuses %s with a Vietnamese reason', (name, reason) => {
    const result = checkUploadName(name);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });
});
