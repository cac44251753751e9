import { Encoder } from 'cbor-x';
import { decodeBase45 } from '../base45';
import { bytesEqual, hexToBytes } from '../bytes';
import { decodeCbor, toJson } from '../cbor';
import { hc1ToCoseBytes, decodeCoseBytes } from '../decode-hc1';
import { inflateZlib } from '../inflate';
import { readImageFile } from '../node/read-image-file';
import { removeHc1Prefix } from '../prefix';
import { decodeQrFromImage } from '../qr/decode-qr-image';
import type { TestCase } from './case-file';
import { failed, passed, untestable, type CheckOutcome } from './outcome';
import { sameData } from './same-data';

const CLAIM_HCERT = -260;

/** The CBOR field holds either the bare payload or the whole CWT claims map; compare payloads. */
function cborPayload(hex: string): unknown {
  const decoded = decodeCbor(hexToBytes(hex));
  const hcert = decoded instanceof Map && decoded.has(CLAIM_HCERT) ? (decoded.get(CLAIM_HCERT) as Map<unknown, unknown>).get(1) : decoded;
  return toJson(hcert);
}

export function checkUnprefix({ prefix, base45 }: TestCase): CheckOutcome {
  if (!prefix) return untestable('file has no PREFIX');
  const rest = removeHc1Prefix(prefix);
  if (base45 === undefined) return passed('prefix HC1: present (file has no BASE45 to compare)');
  return rest === base45 ? passed('prefix removed, rest equals BASE45') : failed('rest after HC1: differs from BASE45');
}

export function checkBase45({ base45, compressedHex }: TestCase): CheckOutcome {
  if (base45 === undefined || !compressedHex) return untestable('file lacks BASE45 or COMPRESSED');
  const decoded = decodeBase45(base45);
  return bytesEqual(decoded, hexToBytes(compressedHex)) ? passed('BASE45 decodes to COMPRESSED') : failed('BASE45 decodes to other bytes than COMPRESSED');
}

export function checkCompression({ compressedHex, coseHex }: TestCase): CheckOutcome {
  if (!compressedHex || !coseHex) return untestable('file lacks COMPRESSED or COSE');
  const inflated = inflateZlib(hexToBytes(compressedHex));
  return bytesEqual(inflated, hexToBytes(coseHex)) ? passed('COMPRESSED inflates to COSE') : failed('COMPRESSED inflates to other bytes than COSE');
}

export function checkPicture({ image, prefix }: TestCase): CheckOutcome {
  if (!image || !prefix) return untestable(image ? 'file has no PREFIX' : 'file has no 2DCODE image');
  const text = decodeQrFromImage(readImageFile(image));
  if (text === null) return failed('no QR code found in the image');
  return text === prefix ? passed('QR text equals PREFIX') : failed('QR text differs from PREFIX');
}

export function checkDecode({ cborHex, json }: TestCase): CheckOutcome {
  if (!cborHex || !json) return untestable('file lacks CBOR or JSON');
  return sameData(cborPayload(cborHex), json) ? passed('CBOR decodes to JSON') : failed('CBOR decodes to other data than JSON');
}

const encoder = new Encoder({ useRecords: false, mapsAsObjects: true });

/**
 * CBOR has several valid encodings of the same data (definite or indefinite lengths, key
 * order, float widths), so encoding passes when our CBOR of JSON carries the same data as
 * the file's CBOR; the reason says whether the bytes are also identical.
 */
export function checkEncode({ cborHex, json }: TestCase): CheckOutcome {
  if (!cborHex || !json) return untestable('file lacks CBOR or JSON');
  const encoded = new Uint8Array(encoder.encode(json));
  if (bytesEqual(encoded, hexToBytes(cborHex))) return passed('encoding JSON gives CBOR byte for byte');
  return sameData(toJson(decodeCbor(encoded)), cborPayload(cborHex))
    ? passed('encoding JSON gives the same data as CBOR (different byte layout)')
    : failed('encoding JSON gives other data than CBOR');
}

export function checkValidJson(testCase: TestCase): CheckOutcome {
  const { json, prefix, image } = testCase;
  if (!json || (!prefix && !image)) return untestable('file lacks JSON, or both PREFIX and 2DCODE');
  const qrText = prefix ?? decodeQrFromImage(readImageFile(image as Uint8Array));
  if (qrText === null) return failed('no QR code found in the image');
  const { claims } = decodeCoseBytes(hc1ToCoseBytes(qrText));
  return sameData(claims.hcert, json) ? passed('PREFIX decodes to JSON') : failed('PREFIX decodes to other data than JSON');
}
