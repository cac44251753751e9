import crypto from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** 192 random bits: the whole secret of a recipient's link. Shown once, never stored. */
export function newReceiptToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** What the database keeps instead of the token; a random token needs no salt or key. */
export function hashReceiptToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function isWellFormedReceiptToken(token: string): boolean {
  return TOKEN.test(token);
}
