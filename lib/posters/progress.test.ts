import { describe, expect, it } from 'vitest';
import { posterCounter } from './progress';

describe('posterCounter', () => {
  it('counts PDF page objects, not the page tree, across chunk boundaries', () => {
    const text = '1 0 obj\n<<\n/Type /Pages\n>>\n2 0 obj\n<<\n/Type /Page\n/Parent 1 0 R\n>>\n3 0 obj\n<<\n/Type /Page\n>>\n';
    const bytes = new TextEncoder().encode(text);
    for (const cut of [1, 5, 17, 40, 52]) {
      const count = posterCounter('pdf');
      count(bytes.slice(0, cut));
      expect(count(bytes.slice(cut))).toBe(2);
    }
  });

  it('counts ZIP local file headers one byte at a time', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 0x50, 0x4b, 0x03, 0x04, 0x50, 0x4b, 0x01, 0x02]);
    const count = posterCounter('zip');
    let last = 0;
    for (const b of bytes) last = count(new Uint8Array([b]));
    expect(last).toBe(2);
  });
});
