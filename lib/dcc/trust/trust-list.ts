import { bytesToBase64 } from '../bytes';
import type { TrustedSigner } from './signer';

/** The signers a verification may use, looked up by COSE key id. */
export interface TrustList {
  readonly signers: readonly TrustedSigner[];
  /** Signers filed under this kid (base64 or raw bytes); usually one, several on a kid clash. */
  find(kid: string | Uint8Array): readonly TrustedSigner[];
}

export function createTrustList(signers: Iterable<TrustedSigner>): TrustList {
  const all = [...signers];
  const byKid = new Map<string, TrustedSigner[]>();
  for (const signer of all) {
    const list = byKid.get(signer.kid);
    if (list) list.push(signer);
    else byKid.set(signer.kid, [signer]);
  }
  return {
    signers: all,
    find: (kid) => byKid.get(typeof kid === 'string' ? kid : bytesToBase64(kid)) ?? [],
  };
}
