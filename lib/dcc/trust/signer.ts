import { bytesEqual, bytesToBase64, base64ToBytes, bufferSource } from '../bytes';
import { readCertificate, type CertificateInfo } from './x509';

/** A document signer certificate the verifier trusts, indexed by its key id. */
export interface TrustedSigner extends CertificateInfo {
  /** Base64 key id the COSE header names: the first 8 bytes of SHA-256 over the DER certificate. */
  kid: string;
  /** Subject country (C) of the certificate, else the country the trust list gave. */
  country: string;
  /** The DER certificate, kept so the list can be exported again. */
  certificate: Uint8Array;
  /** False when a trust list filed the certificate under a kid other than the computed one. */
  kidMatchesCertificate: boolean;
}

export interface SignerHints {
  kid?: string;
  country?: string;
}

export async function computeKid(der: Uint8Array): Promise<Uint8Array> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bufferSource(der));
  return new Uint8Array(digest, 0, 8);
}

/**
 * Reads one certificate into a trusted signer. A kid given by a trust list wins, because that
 * is the id issuers put in their COSE headers; the signature check still uses the key itself.
 */
export async function createSigner(der: Uint8Array, hints: SignerHints = {}): Promise<TrustedSigner> {
  const info = readCertificate(der);
  const computed = await computeKid(der);
  const listed = hints.kid ? base64ToBytes(hints.kid) : null;
  return {
    ...info,
    kid: bytesToBase64(listed ?? computed),
    country: info.subjectCountry ?? hints.country ?? '',
    certificate: der,
    kidMatchesCertificate: listed === null || bytesEqual(listed, computed),
  };
}

/**
 * Whether the signer certificate itself is within its validity at `now`. The verifier does not
 * refuse an outdated signer (each DCC's own exp decides); an admin screen shows this as a warning.
 */
export function signerValidityAt(signer: TrustedSigner, now: Date): 'valid' | 'expired' | 'not_yet_valid' {
  if (now.getTime() < signer.notBefore.getTime()) return 'not_yet_valid';
  if (now.getTime() > signer.notAfter.getTime()) return 'expired';
  return 'valid';
}
