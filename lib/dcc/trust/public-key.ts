import { bufferSource } from '../bytes';
import type { TrustedSigner } from './signer';

/** Imported keys are cached per signer object: importing costs more than verifying. */
const keys = new WeakMap<TrustedSigner, Promise<CryptoKey>>();

export function importSignerKey(signer: TrustedSigner): Promise<CryptoKey> {
  let key = keys.get(signer);
  if (!key) {
    const algorithm = signer.namedCurve ? { name: 'ECDSA', namedCurve: signer.namedCurve } : { name: 'RSA-PSS', hash: 'SHA-256' };
    key = globalThis.crypto.subtle.importKey('spki', bufferSource(signer.spki), algorithm, false, ['verify']);
    // A key that fails to import must not poison the cache for a corrected list.
    key.catch(() => keys.delete(signer));
    keys.set(signer, key);
  }
  return key;
}
