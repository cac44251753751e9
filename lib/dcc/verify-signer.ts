import type { CoseSign1 } from './cose';
import { DccError } from './dcc-error';
import { coseAlgorithm, verifyCoseSignature } from './signature';
import type { TrustedSigner } from './trust/signer';
import type { TrustList } from './trust/trust-list';

/**
 * The signer step: find the signers filed under the message's kid and return the one whose key
 * verifies the signature. A kid clash (two certificates, one kid) is resolved by the signature.
 */
export async function findVerifyingSigner(cose: CoseSign1, trustList: TrustList): Promise<TrustedSigner> {
  if (!cose.kid) throw new DccError('missing_kid', 'no kid in the protected or unprotected header');
  const candidates = trustList.find(cose.kid);
  if (candidates.length === 0) throw new DccError('unknown_signer', 'no trusted signer has this kid');
  const algorithm = coseAlgorithm(cose.alg);
  if (!algorithm) throw new DccError('unsupported_algorithm', `COSE algorithm ${String(cose.alg)} is not ES256 or PS256`);
  for (const signer of candidates) {
    if (signer.algorithm !== algorithm) continue;
    try {
      if (await verifyCoseSignature(signer, cose)) return signer;
    } catch {
      // A malformed signature or key is a failed verification, not a crash; try the next signer.
    }
  }
  throw new DccError('bad_signature', `no ${algorithm} signer with this kid verifies the signature`);
}
