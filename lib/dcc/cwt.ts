import { decodeCbor, toJson, type Json } from './cbor';
import { DccError } from './dcc-error';

const CLAIM_ISSUER = 1;
const CLAIM_EXPIRES = 4;
const CLAIM_ISSUED_AT = 6;
const CLAIM_HCERT = -260;
const HCERT_EU_DCC_V1 = 1;

export interface CwtClaims {
  /** ISO 3166 alpha-2 country of the issuer (claim 1), when present. */
  issuer: string | null;
  issuedAt: Date;
  expiresAt: Date;
  /** The health certificate payload (claim -260 → 1), as plain JSON. */
  hcert: { [key: string]: Json };
}

function epochSeconds(value: unknown, name: string): Date {
  const seconds = typeof value === 'bigint' ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) throw new DccError('bad_cwt', `claim ${name} is missing or not a number`);
  return new Date(seconds * 1000);
}

/** Reads the CWT claims a DCC carries; the COSE payload must be a CBOR map. */
export function readCwtClaims(payload: Uint8Array): CwtClaims {
  let claims: unknown;
  try {
    claims = decodeCbor(payload);
  } catch (error) {
    throw new DccError('bad_cbor', `CWT payload is not valid CBOR: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!(claims instanceof Map)) throw new DccError('bad_cwt', 'CWT payload is not a map');
  const hcertContainer = claims.get(CLAIM_HCERT);
  if (!(hcertContainer instanceof Map)) throw new DccError('bad_cwt', 'claim -260 (hcert) is missing');
  const rawHcert = hcertContainer.get(HCERT_EU_DCC_V1);
  if (!(rawHcert instanceof Map)) throw new DccError('bad_cwt', 'hcert entry 1 (EU DCC) is missing');
  let hcert: Json;
  try {
    hcert = toJson(rawHcert);
  } catch (error) {
    throw new DccError('bad_cbor', `health certificate is not JSON data: ${error instanceof Error ? error.message : String(error)}`);
  }
  const issuer = claims.get(CLAIM_ISSUER);
  return {
    issuer: typeof issuer === 'string' ? issuer : null,
    issuedAt: epochSeconds(claims.get(CLAIM_ISSUED_AT), 'iat (6)'),
    expiresAt: epochSeconds(claims.get(CLAIM_EXPIRES), 'exp (4)'),
    hcert: hcert as { [key: string]: Json },
  };
}
