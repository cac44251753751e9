import { bufferSource } from './bytes';
import type { CoseSign1 } from './cose';
import { sigStructure } from './sig-structure';
import { importSignerKey } from './trust/public-key';
import type { SignatureAlgorithm } from './trust/x509';
import type { TrustedSigner } from './trust/signer';

/** COSE algorithm ids the EU DCC allows (RFC 9053 / RFC 8230). */
const COSE_ALGORITHMS: ReadonlyMap<number, SignatureAlgorithm> = new Map([
  [-7, 'ES256'],
  [-37, 'PS256'],
]);

/** The EU DCC fixes the RSA-PSS salt at the hash length. */
const PSS_SALT_LENGTH = 32;

export function coseAlgorithm(alg: number | null): SignatureAlgorithm | null {
  return alg === null ? null : COSE_ALGORITHMS.get(alg) ?? null;
}

/** True when `signer`'s key made the signature over the message's Sig_structure. */
export async function verifyCoseSignature(signer: TrustedSigner, cose: CoseSign1): Promise<boolean> {
  const key = await importSignerKey(signer);
  const data = bufferSource(sigStructure(cose.protectedBytes, cose.payload));
  const signature = bufferSource(cose.signature);
  if (signer.algorithm === 'ES256') {
    // COSE carries r||s, which is exactly WebCrypto's IEEE P1363 form.
    return globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, data);
  }
  return globalThis.crypto.subtle.verify({ name: 'RSA-PSS', saltLength: PSS_SALT_LENGTH }, key, signature, data);
}
