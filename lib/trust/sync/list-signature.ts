import crypto from 'node:crypto';
import { UserInputError } from '@/lib/auth/errors';

/** Why a fetched list was refused, in the admin's words (Vietnamese), before anything is written. */
export class TrustSyncError extends UserInputError {}

const NEWLINE = 0x0a;

/** Reads an SPKI PEM and insists on an ECDSA P-256 key: the only list-signing key the format uses. */
export function readListSigningKey(pem: string): crypto.KeyObject {
  let key: crypto.KeyObject;
  try {
    key = crypto.createPublicKey({ key: pem.trim(), format: 'pem' });
  } catch {
    throw new TrustSyncError('Khoá công khai ký danh sách không đọc được: cần khối -----BEGIN PUBLIC KEY----- (PEM).');
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new TrustSyncError('Khoá công khai ký danh sách phải là khoá ECDSA P-256.');
  }
  return key;
}

/**
 * The widespread signed format: the first line is a base64 ECDSA-SHA256 signature, the rest (after
 * the first newline, byte for byte) is the JSON body it covers. The signature may be DER or raw
 * r||s (64 bytes); both are tried. Answers the verified body bytes; throws TrustSyncError otherwise.
 */
export function verifySignedList(payload: Uint8Array, key: crypto.KeyObject): Uint8Array {
  const cut = payload.indexOf(NEWLINE);
  if (cut <= 0) throw new TrustSyncError('Danh sách tải về không có dòng chữ ký ở đầu (định dạng: dòng 1 là chữ ký base64, sau đó là JSON).');
  const line = new TextDecoder().decode(payload.subarray(0, cut)).trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(line)) throw new TrustSyncError('Dòng chữ ký ở đầu danh sách không phải chuỗi base64.');
  const signature = Buffer.from(line, line.includes('-') || line.includes('_') ? 'base64url' : 'base64');
  const body = payload.subarray(cut + 1);
  const verifies = (dsaEncoding: 'der' | 'ieee-p1363') => {
    try {
      return crypto.verify('sha256', body, { key, dsaEncoding }, signature);
    } catch {
      return false;
    }
  };
  if (!verifies('der') && !(signature.length === 64 && verifies('ieee-p1363'))) {
    throw new TrustSyncError('Chữ ký của danh sách không khớp với khoá công khai đã cấu hình: danh sách có thể đã bị sửa hoặc ký bằng khoá khác. Không áp dụng.');
  }
  return body;
}
