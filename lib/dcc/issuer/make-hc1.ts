import { Encoder, Tag } from 'cbor-x';
import { zlibSync } from 'fflate';
import { encodeBase45 } from '../base45';
import { sigStructure } from '../sig-structure';
import { computeKid } from '../trust/signer';
import type { TestSigner } from './make-signer';

export interface Hc1Options {
  hcert: object;
  issuedAt: Date;
  expiresAt: Date;
  /** Defaults to the signer's computed kid; null leaves the kid out. */
  kid?: Uint8Array | null;
  alg?: number;
  /** Flips a payload byte after signing, so the signature no longer matches. */
  tamper?: boolean;
}

const encoder = new Encoder({ useRecords: false, mapsAsObjects: false, tagUint8Array: false });
const encode = (value: unknown) => new Uint8Array(encoder.encode(value));

/** Signs a DCC payload the way an issuer does and returns the QR text. */
export async function makeHc1(signer: TestSigner, options: Hc1Options): Promise<string> {
  const kid = options.kid === undefined ? await computeKid(signer.certificate) : options.kid;
  const header = new Map<number, unknown>([[1, options.alg ?? -7]]);
  if (kid) header.set(4, kid);
  const protectedBytes = encode(header);
  const claims = new Map<number, unknown>([
    [1, 'VN'],
    [4, Math.floor(options.expiresAt.getTime() / 1000)],
    [6, Math.floor(options.issuedAt.getTime() / 1000)],
    [-260, new Map([[1, options.hcert]])],
  ]);
  const payload = encode(claims);
  const signature = new Uint8Array(
    await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signer.privateKey, sigStructure(protectedBytes, payload) as BufferSource),
  );
  if (options.tamper) payload[payload.length - 1] ^= 0x01;
  const cose = encode(new Tag([protectedBytes, new Map(), payload, signature], 18));
  return `HC1:${encodeBase45(zlibSync(cose))}`;
}
