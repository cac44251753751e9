import { describe, expect, it } from 'vitest';
import { toVCard } from './vcard';

describe('toVCard', () => {
  it('writes a person in Vietnamese name order with a dialable number', () => {
    const card = toVCard({ kind: 'person', name: 'Ông Nguyễn Quốc Huy Hoàng', title: 'Trưởng Phòng CNTT', unit: 'Sở TT&TT; Quảng Ngãi', phone: '0982.142.211' });
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(card).toContain('N:Nguyễn;Hoàng;Quốc Huy;Ông;\r\n');
    expect(card).toContain('FN:Nguyễn Quốc Huy Hoàng\r\n');
    expect(card).toContain('ORG:Sở TT&TT\\; Quảng Ngãi\r\n');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:0982142211\r\n');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const card = toVCard({ kind: 'agency', name: 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi, tỉnh Quảng Ngãi', email: 'bql@quangngai.gov.vn' });
    for (const line of card.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = card.replace(/\r\n /g, '');
    expect(unfolded).toContain('FN:Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi\\, tỉnh Quảng Ngãi');
    expect(Buffer.from(card).toString('utf8')).toBe(card);
  });

  it.each(['X\rURL:https://evil.example', 'X\nURL:https://evil.example', 'X\r\nURL:https://evil.example'])('escapes every line break so %j adds no property', (name) => {
    for (const kind of ['person', 'agency'] as const) {
      const card = toVCard({ kind, name, title: name, unit: name, address: name, notes: name });
      const lines = card.replace(/\r\n /g, '').split('\r\n');
      expect(lines.filter((l) => l.startsWith('URL'))).toEqual([]);
      expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(card).toContain('X\\nURL:https://evil.example');
    }
  });

  it('escapes backslash, comma and semicolon, and drops other control characters', () => {
    const card = toVCard({ kind: 'agency', name: 'A\\B, C; D\u0000\u000bE' });
    expect(card).toContain('FN:A\\\\B\\, C\\; DE\r\n');
  });
});
