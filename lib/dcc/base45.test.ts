import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('encodes %s as %s and back', (plain, encoded) => {
    expect(encodeBase45(bytes(plain))).toBe(encoded);
    expect(text(decodeBase45(encoded))).toBe(plain);
  });

  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 257 }, (_, i) => (i * 7) % 256);
    expect(decodeBase45(encodeBase45(all))).toEqual(all);
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => decodeBase45('BBa')).toThrow(/invalid Base45 character/);
    expect(() => decodeBase45('ĐB8')).toThrow(/invalid Base45 character/);
  });

  it('refuses a dangling single character', () => {
    expect(() => decodeBase45('BB8B')).toThrow(/invalid Base45 length/);
  });

  it('refuses chunks above their byte range', () => {
    expect(() => decodeBase45('GGW')).toThrow(/exceeds two bytes/);
    expect(() => decodeBase45('::')).toThrow(/exceeds one byte/);
  });
});
