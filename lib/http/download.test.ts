import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/text/spreadsheet';
import { downloadResponse, downloadType } from './download';

describe('downloadResponse', () => {
  it('hands a CSV out as a private, saved file with its Vietnamese name and its BOM intact', async () => {
    const res = downloadResponse(toCsv([['Huyện', 'Lượt'], ['Bình Sơn', 3]]), 'Nhật ký thao tác 2021-09-30.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="nhat-ky-thao-tac-2021-09-30.csv"; filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20thao%20t%C3%A1c%202021-09-30.csv`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFHuyện,Lượt\r\nBình Sơn,3\r\n');
  });

  it('sends bytes (a Node Buffer too) whole, inline when asked, with the caller\'s cache policy and extra headers', async () => {
    const res = downloadResponse(Buffer.from('%PDF-1.4'), 'Áp phích.pdf', { disposition: 'inline', cacheControl: 'no-cache', headers: { 'Access-Control-Allow-Origin': '*' } });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="ap-phich\.pdf"/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toBe('%PDF-1.4');
  });

  it('knows the type of every file the portal generates, and refuses to guess one', () => {
    expect(downloadType('Thống kê.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(downloadType('Báo cáo.DOCX')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(downloadType('Bộ tài liệu.zip')).toBe('application/zip');
    expect(downloadType('Danh bạ.vcf')).toBe('text/vcard; charset=utf-8');
    expect(() => downloadType('tệp.exe')).toThrow();
  });
});
