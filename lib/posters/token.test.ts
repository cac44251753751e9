import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { signPosterToken, verifyPosterToken } from './token';
import { formatManualCode, generateManualCode, MANUAL_CODE_ALPHABET, normalizeManualCode } from './manual-code';

const KEY = 'test-key-for-posters';

describe('poster token', () => {
  it('round-trips checkpoint number and version', () => {
    for (const [n, v] of [[1, 1], [127, 128], [9_999, 3], [2_000_000, 65_000]]) {
      expect(verifyPosterToken(KEY, signPosterToken(KEY, n, v))).toEqual({ ok: true, number: n, version: v });
    }
  });

  it('stays short enough for a version 6 QR at level M behind a long domain', () => {
    const token = signPosterToken(KEY, 99_999, 999);
    expect(token.length).toBeLessThanOrEqual(24);
    const url = `https://kiemsoatchot.sotttt.quangngai.gov.vn/c/${token}`;
    expect(QRCode.create(url, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(6);
  });

  it('refuses a token signed with another key as forged', () => {
    expect(verifyPosterToken(KEY, signPosterToken('another-key', 5, 1))).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses every single-character change (tamper) and never accepts it', () => {
    const token = signPosterToken(KEY, 42, 2);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      for (const c of alphabet) {
        if (c === token[i]) continue;
        const tampered = token.slice(0, i) + c + token.slice(i + 1);
        const result = verifyPosterToken(KEY, tampered);
        expect(result.ok, tampered).toBe(false);
      }
    }
  });

  it('refuses a re-signed payload for another checkpoint or version without the key', () => {
    const bytes = Buffer.from(signPosterToken(KEY, 42, 2), 'base64url');
    bytes[1] = 43;
    expect(verifyPosterToken(KEY, bytes.toString('base64url'))).toEqual({ ok: false, reason: 'forged' });
  });

  it('calls garbage malformed', () => {
    for (const t of ['', 'abc', 'not a token at all!', '%2e%2e', 'A'.repeat(100), Buffer.alloc(16).toString('base64url')]) {
      expect(verifyPosterToken(KEY, t)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

describe('manual code', () => {
  it('uses six characters without 0, O, 1, I or L', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateManualCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    }
    expect(MANUAL_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('accepts lower case, spaces and dashes, refuses confusable or wrong-length input', () => {
    expect(normalizeManualCode(' ab3 k-7p ')).toBe('AB3K7P');
    expect(normalizeManualCode(formatManualCode('AB3K7P'))).toBe('AB3K7P');
    expect(normalizeManualCode('AB3K7')).toBeNull();
    expect(normalizeManualCode('AB3K70')).toBeNull();
    expect(normalizeManualCode('ABIK7P')).toBeNull();
  });
});
