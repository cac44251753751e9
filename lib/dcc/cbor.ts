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
export function toJson(value: unknown): Json {
  return convert(value, []);
}

/** The path is kept as a stack of keys and only joined for an error message. */
const at = (path: Array<string | number>) => `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;

function convert(value: unknown, path: Array<string | number>): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${at(path)}: non-finite number`);
    return value;
  }
  if (typeof value === 'bigint') {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`${at(path)}: integer out of range`);
    return n;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${at(path)}: invalid date`);
    return value.toISOString().replace('.000Z', 'Z');
  }
  if (Array.isArray(value)) return value.map((item, i) => descend(item, path, i));
  if (value instanceof Map) {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of value) {
      if (typeof key !== 'string') throw new Error(`${at(path)}: map key ${String(key)} is not a string`);
      if (key === '__proto__') throw new Error(`${at(path)}: forbidden key`);
      out[key] = descend(item, path, key);
    }
    return out;
  }
  if (value instanceof Tag) throw new Error(`${at(path)}: unexpected CBOR tag ${value.tag}`);
  throw new Error(`${at(path)}: value of type ${typeof value} is not JSON`);
}

function descend(value: unknown, path: Array<string | number>, key: string | number): Json {
  path.push(key);
  const out = convert(value, path);
  path.pop();
  return out;
}
