import { Encoder } from 'cbor-x';
import { decodeBase45 } from '../base45';
import { bytesEqual, hexToBytes } from '../bytes';
import { decodeCbor, toJson } from '../cbor';
import { hc1ToCoseBytes, decodeCoseBytes } from '../decode-hc1';
import { readImageFile } from '../node/read-image-file';
import { removeHc1Prefix } from '../prefix';
import { decodeQrFromImage } from '../qr/decode-qr-image';
import type { TestCase } from './case-file';
import { failed, passed, untestable, type CheckOutcome } from './outcome';
import { sameData } from './same-data';
import { base45Of, compressedOf, coseOf, inflate, type Derived } from './derived-inputs';

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

/**
 * Base45 decoding, compared with COMPRESSED; without it, with COSE once inflated; without either,
 * the decoding itself is the step (an invalid Base45 text throws and fails).
 */
export function checkBase45(testCase: TestCase): CheckOutcome {
  const text = base45Of(testCase);
  if (!text) return untestable('file lacks BASE45 and an HC1: PREFIX');
  const decoded = decodeBase45(text.value);
  if (testCase.compressedHex) {
    return bytesEqual(decoded, hexToBytes(testCase.compressedHex)) ? passed(`${text.from} decodes to COMPRESSED`) : failed(`${text.from} decodes to other bytes than COMPRESSED`);
  }
  const cose = coseOf(testCase);
  if (cose) return bytesEqual(inflate(decoded), cose) ? passed(`${text.from} decodes to bytes that inflate to COSE`) : failed(`${text.from} decodes to bytes that do not inflate to COSE`);
  return passed(`${text.from} decodes (${decoded.length} bytes; no COMPRESSED or COSE to compare)`);
}

/** Inflating the compressed bytes (the file's, or derived from Base45), compared with COSE where the file has it. */
export function checkCompression(testCase: TestCase): CheckOutcome {
  const compressed = compressedOf(testCase);
  if (!compressed) return untestable('file lacks COMPRESSED, BASE45 and an HC1: PREFIX');
  const inflated = inflate(compressed.value);
  const cose = coseOf(testCase);
  if (!cose) {
    decodeCoseBytes(inflated); // throws (fails) unless the inflated bytes are a COSE_Sign1
    return passed(`${compressed.from} inflates to a COSE_Sign1 (file has no COSE to compare)`);
  }
  return bytesEqual(inflated, cose) ? passed(`${compressed.from} inflates to COSE`) : failed(`${compressed.from} inflates to other bytes than COSE`);
}

export function checkPicture({ image, prefix }: TestCase): CheckOutcome {
  if (!image || !prefix) return untestable(image ? 'file has no PREFIX' : 'file has no 2DCODE image');
  const text = decodeQrFromImage(readImageFile(image));
  if (text === null) return failed('no QR code found in the image');
  return text === prefix ? passed('QR text equals PREFIX') : failed('QR text differs from PREFIX');
}

/** The payload the file's CBOR holds, else the one its signed COSE (file's or from PREFIX) carries. */
function payloadOf(testCase: TestCase): Derived<unknown> | null {
  if (testCase.cborHex) return { value: cborPayload(testCase.cborHex), from: 'CBOR' };
  const cose = coseOf(testCase) ?? (compressedOf(testCase) ? inflate(compressedOf(testCase)!.value) : null);
  return cose ? { value: decodeCoseBytes(cose).claims.hcert, from: 'the signed payload (no CBOR in the file)' } : null;
}

export function checkDecode(testCase: TestCase): CheckOutcome {
  const payload = payloadOf(testCase);
  if (!payload || !testCase.json) return untestable('file lacks JSON, or CBOR and every input leading to it');
  return sameData(payload.value, testCase.json) ? passed(`${payload.from} decodes to JSON`) : failed(`${payload.from} decodes to other data than JSON`);
}

const encoder = new Encoder({ useRecords: false, mapsAsObjects: true });

/**
 * CBOR has several valid encodings of the same data (definite or indefinite lengths, key
 * order, float widths), so encoding passes when our CBOR of JSON carries the same data as
 * the file's CBOR; the reason says whether the bytes are also identical.
 */
export function checkEncode(testCase: TestCase): CheckOutcome {
  const { cborHex, json } = testCase;
  const payload = payloadOf(testCase);
  if (!payload || !json) return untestable('file lacks JSON, or CBOR and every input leading to it');
  const encoded = new Uint8Array(encoder.encode(json));
  if (cborHex && bytesEqual(encoded, hexToBytes(cborHex))) return passed('encoding JSON gives CBOR byte for byte');
  return sameData(toJson(decodeCbor(encoded)), payload.value)
    ? passed(`encoding JSON gives the same data as ${payload.from}${cborHex ? ' (different byte layout)' : ''}`)
    : failed(`encoding JSON gives other data than ${payload.from}`);
}

export function checkValidJson(testCase: TestCase): CheckOutcome {
  const { json, prefix, image } = testCase;
  if (!json || (!prefix && !image)) return untestable('file lacks JSON, or both PREFIX and 2DCODE');
  const qrText = prefix ?? decodeQrFromImage(readImageFile(image as Uint8Array));
  if (qrText === null) return failed('no QR code found in the image');
  const { claims } = decodeCoseBytes(hc1ToCoseBytes(qrText));
  return sameData(claims.hcert, json) ? passed('PREFIX decodes to JSON') : failed('PREFIX decodes to other data than JSON');
}
