import crypto from 'node:crypto';

const KEY = /^[a-f0-9]{32}$/;

/** A fresh random object key: 128 bits in hex, no dots, no slashes. */
export function newStorageKey(): string {
  return crypto.randomBytes(16).toString('hex');
}

/** Backends refuse any key they did not make, so a crafted key can never name another path. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
