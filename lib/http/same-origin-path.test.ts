import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './same-origin-path';

describe('sameOriginPath', () => {
  it('keeps a path on the site, with its query', () => {
    expect(sameOriginPath('/quan-tri/chot-kiem-soat?district=524#x')).toBe('/quan-tri/chot-kiem-soat?district=524#x');
    expect(sameOriginPath('https://kiemsoat.gov.vn/chot', 'https://kiemsoat.gov.vn')).toBe('/chot');
  });

  it('refuses every way of naming another site', () => {
    for (const target of [
      '/\\evil.example', // the %5C of the finding
      '/\t/evil.example', // %09
      '/\\/evil.example', // /%5C/
      '\\\\evil.example',
      '//evil.example',
      '/\n/evil.example',
      'https://evil.example/quan-tri',
      'https:evil.example',
      'javascript:alert(1)',
      '/.//evil.example',
    ]) {
      expect(sameOriginPath(target), target).toBeUndefined();
    }
    expect(sameOriginPath('https://evil.example/', 'https://kiemsoat.gov.vn')).toBeUndefined();
  });

  it('answers undefined for nothing', () => {
    expect(sameOriginPath(undefined)).toBeUndefined();
    expect(sameOriginPath('')).toBeUndefined();
  });
});
