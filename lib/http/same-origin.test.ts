import { describe, expect, it } from 'vitest';
import { isCrossOriginWrite } from './same-origin';

const h = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('isCrossOriginWrite', () => {
  it('lets reads through whatever their origin', () => {
    expect(isCrossOriginWrite('GET', h({ origin: 'https://evil.example', host: 'a' }))).toBe(false);
  });
  it('refuses a write whose Origin is another host', () => {
    expect(isCrossOriginWrite('POST', h({ origin: 'https://evil.example', host: 'kiemsoat.gov.vn' }))).toBe(true);
  });
  it('refuses a write the browser marks cross-site', () => {
    expect(isCrossOriginWrite('POST', h({ 'sec-fetch-site': 'cross-site', host: 'a' }))).toBe(true);
  });
  it('accepts a same-origin write, also behind a proxy', () => {
    expect(isCrossOriginWrite('POST', h({ origin: 'https://kiemsoat.gov.vn', host: '127.0.0.1:3000', 'x-forwarded-host': 'kiemsoat.gov.vn' }))).toBe(false);
  });
  it('accepts a non-browser client that sends neither header', () => {
    expect(isCrossOriginWrite('POST', h({ host: 'a' }))).toBe(false);
  });
});
