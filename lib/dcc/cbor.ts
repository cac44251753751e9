import { Decoder, Tag } from 'cbor-x';

/**
 * One decoder for every CBOR structure in a DCC. Maps stay Maps because COSE headers and CWT
 * claims use integer keys (1, 4, 6, -260) that plain objects would turn into strings.
 * Records are off: they are a cbor-x extension, never part of a DCC.
 */
const decoder = new Decoder({ mapsAsObjects: false, useRecords: false });

/** Decodes exactly one CBOR item; trailing bytes are an error. */
export function decodeCbor(bytes: Uint8Array): unknown {
  return decoder.decode(bytes);
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Turns the decoded health certificate into plain JSON. The payload is JSON by definition, so
 * anything else (byte strings, unknown tags, non-string keys) is refused. Timestamps that an
 * issuer encoded with CBOR date tags are kept as ISO 8601 strings, which is what the schema expects.
 */
export function toJson(value: unknown, path = '$'): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: non-finite number`);
    return value;
  }
  if (typeof value === 'bigint') {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`${path}: integer out of range`);
    return n;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${path}: invalid date`);
    return value.toISOString().replace('.000Z', 'Z');
  }
  if (Array.isArray(value)) return value.map((item, i) => toJson(item, `${path}[${i}]`));
  if (value instanceof Map) {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of value) {
      if (typeof key !== 'string') throw new Error(`${path}: map key ${String(key)} is not a string`);
      if (key === '__proto__') throw new Error(`${path}: forbidden key`);
      out[key] = toJson(item, `${path}.${key}`);
    }
    return out;
  }
  if (value instanceof Tag) throw new Error(`${path}: unexpected CBOR tag ${value.tag}`);
  throw new Error(`${path}: value of type ${typeof value} is not JSON`);
}
