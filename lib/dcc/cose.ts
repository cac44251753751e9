import { Tag } from 'cbor-x';
import { decodeCbor } from './cbor';
import { DccError } from './dcc-error';

const COSE_SIGN1_TAG = 18;
const CWT_TAG = 61;
const HEADER_ALG = 1;
const HEADER_KID = 4;

export interface CoseSign1 {
  /** The protected header exactly as signed; the signature covers these bytes. */
  protectedBytes: Uint8Array;
  /** COSE algorithm id: -7 ES256, -37 PS256. Null when absent. */
  alg: number | null;
  /** Key id: from the protected header, else the unprotected one (the spec allows either). */
  kid: Uint8Array | null;
  payload: Uint8Array;
  signature: Uint8Array;
}

function asHeaderMap(value: unknown, what: string): Map<unknown, unknown> {
  if (value instanceof Map) return value;
  throw new DccError('bad_cose', `${what} header is not a map`);
}

function unwrap(item: unknown): unknown {
  let value = item;
  // Some issuers wrap the message in the CWT tag (61) as well as the COSE_Sign1 tag (18).
  if (value instanceof Tag && value.tag === CWT_TAG) value = value.value;
  if (value instanceof Tag && value.tag === COSE_SIGN1_TAG) value = value.value;
  if (value instanceof Tag) throw new DccError('bad_cose', `unexpected CBOR tag ${value.tag}`);
  return value;
}

export function parseCoseSign1(bytes: Uint8Array): CoseSign1 {
  let decoded: unknown;
  try {
    decoded = decodeCbor(bytes);
  } catch (error) {
    throw new DccError('bad_cose', `COSE is not valid CBOR: ${error instanceof Error ? error.message : String(error)}`);
  }
  const message = unwrap(decoded);
  if (!Array.isArray(message) || message.length !== 4) throw new DccError('bad_cose', 'COSE_Sign1 must be an array of 4');
  const [protectedBytes, unprotected, payload, signature] = message as unknown[];
  if (!(protectedBytes instanceof Uint8Array)) throw new DccError('bad_cose', 'protected header is not a byte string');
  if (!(payload instanceof Uint8Array)) throw new DccError('bad_cose', 'payload is not a byte string');
  if (!(signature instanceof Uint8Array)) throw new DccError('bad_cose', 'signature is not a byte string');
  let protectedHeader: Map<unknown, unknown> = new Map();
  if (protectedBytes.length > 0) {
    try {
      protectedHeader = asHeaderMap(decodeCbor(protectedBytes), 'protected');
    } catch (error) {
      if (error instanceof DccError) throw error;
      throw new DccError('bad_cose', 'protected header is not valid CBOR');
    }
  }
  const unprotectedHeader = asHeaderMap(unprotected, 'unprotected');
  const alg = protectedHeader.get(HEADER_ALG) ?? unprotectedHeader.get(HEADER_ALG) ?? null;
  const kid = protectedHeader.has(HEADER_KID) ? protectedHeader.get(HEADER_KID) : unprotectedHeader.get(HEADER_KID) ?? null;
  if (alg !== null && typeof alg !== 'number') throw new DccError('bad_cose', 'algorithm is not an integer');
  if (kid !== null && !(kid instanceof Uint8Array)) throw new DccError('bad_cose', 'key id is not a byte string');
  return { protectedBytes, alg, kid, payload, signature };
}
