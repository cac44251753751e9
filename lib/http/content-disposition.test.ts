import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the Vietnamese name per RFC 5987', () => {
    expect(contentDisposition('Áp phích - Chốt kiểm soát Dốc Sỏi - phiên bản 2 - A4.pdf')).toBe(
      `attachment; filename="ap-phich-chot-kiem-soat-doc-soi-phien-ban-2-a4.pdf"; filename*=UTF-8''%C3%81p%20ph%C3%ADch%20-%20Ch%E1%BB%91t%20ki%E1%BB%83m%20so%C3%A1t%20D%E1%BB%91c%20S%E1%BB%8Fi%20-%20phi%C3%AAn%20b%E1%BA%A3n%202%20-%20A4.pdf`,
    );
  });

  it('removes characters that would break the header or the file system', () => {
    const header = contentDisposition('a"b/c\\d:e\r\nf*(g).zip', 'inline');
    expect(header).toBe(`inline; filename="a-b-c-d-e-f-g.zip"; filename*=UTF-8''a%20b%20c%20d%20e%20f%20%28g%29.zip`);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('drops bidi controls and survives a broken UTF-16 name stored earlier', () => {
    const header = contentDisposition('bao-cao\u202Egnp.pdf');
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('bao-caognp.pdf');
    expect(() => contentDisposition('ten\ud800.pdf')).not.toThrow();
  });

  it('decodes back to the same NFC name', () => {
    const header = contentDisposition('Thị xã Đức Phổ.pdf');
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('Thị xã Đức Phổ.pdf'.normalize('NFC'));
    expect(asciiFileName('Đức Phổ.PDF')).toBe('duc-pho.pdf');
  });
});
