import crypto from 'node:crypto';

// A poster token is base64url of [format][checkpoint number][poster version][MAC], the numbers
// as unsigned LEB128 varints. The integer `number` (not the uuid) and a 96-bit MAC keep it about
// 22 characters, so the whole URL fits a version ≤ 6 QR at level M with room for a long domain.
const FORMAT = 1;
const MAC_BYTES = 12;
const SHAPE = /^[A-Za-z0-9_-]{16,40}$/;

export type TokenCheck =
  | { ok: true; number: number; version: number }
  | { ok: false; reason: 'malformed' | 'forged' };

function mac(key: string, payload: Buffer): Buffer {
  return crypto.createHmac('sha256', key).update('poster-token\0').update(payload).digest().subarray(0, MAC_BYTES);
}

function writeVarint(out: number[], value: number) {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function readVarint(bytes: Buffer, start: number): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  for (let i = start; i < bytes.length && i < start + 5; i++) {
    value += (bytes[i] & 0x7f) * scale;
    if (!(bytes[i] & 0x80)) return { value, next: i + 1 };
    scale *= 128;
  }
  return null;
}

/** The signed token for one poster version of a checkpoint. */
export function signPosterToken(key: string, number: number, version: number): string {
  if (!Number.isSafeInteger(number) || number < 1 || !Number.isSafeInteger(version) || version < 1) {
    throw new RangeError('Checkpoint number and poster version must be positive integers');
  }
  const bytes: number[] = [FORMAT];
  writeVarint(bytes, number);
  writeVarint(bytes, version);
  const payload = Buffer.from(bytes);
  return Buffer.concat([payload, mac(key, payload)]).toString('base64url');
}

/**
 * Checks shape and MAC only; whether the version is current is the database's answer.
 * A token that decodes but was not produced by us (bad MAC, or the same bytes spelled
 * differently) is "forged"; one that does not decode at all is "malformed".
 */
export function verifyPosterToken(key: string, token: string): TokenCheck {
  if (!SHAPE.test(token)) return { ok: false, reason: 'malformed' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= MAC_BYTES + 2 || bytes[0] !== FORMAT) return { ok: false, reason: 'malformed' };
  const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
  const number = readVarint(payload, 1);
  const version = number && readVarint(payload, number.next);
  if (!number || !version || version.next !== payload.length || number.value < 1 || version.value < 1) {
    return { ok: false, reason: 'malformed' };
  }
  const given = bytes.subarray(payload.length);
  if (!crypto.timingSafeEqual(given, mac(key, payload)) || bytes.toString('base64url') !== token) {
    return { ok: false, reason: 'forged' };
  }
  return { ok: true, number: number.value, version: version.value };
}
