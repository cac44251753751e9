import { decodeBase45 } from './base45';
import { parseCoseSign1, type CoseSign1 } from './cose';
import { readCwtClaims, type CwtClaims } from './cwt';
import { step } from './dcc-error';
import { inflateZlib } from './inflate';
import { removeHc1Prefix } from './prefix';

export interface DecodedHc1 {
  cose: CoseSign1;
  claims: CwtClaims;
}

/** QR text → COSE bytes: prefix, Base45, zlib. Throws DccError with the failing step's reason. */
export function hc1ToCoseBytes(qrText: string): Uint8Array {
  const base45 = removeHc1Prefix(qrText);
  const compressed = step('bad_base45', () => decodeBase45(base45));
  return inflateZlib(compressed);
}

/** COSE bytes → signed message and claims, without checking the signature. */
export function decodeCoseBytes(coseBytes: Uint8Array): DecodedHc1 {
  const cose = parseCoseSign1(coseBytes);
  return { cose, claims: readCwtClaims(cose.payload) };
}

/** The whole format chain of an HC1 string; nothing here is trusted yet. */
export function decodeHc1(qrText: string): DecodedHc1 {
  return decodeCoseBytes(hc1ToCoseBytes(qrText));
}
