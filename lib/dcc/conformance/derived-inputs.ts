import { decodeBase45 } from '../base45';
import { hexToBytes } from '../bytes';
import { inflateZlib } from '../inflate';
import type { TestCase } from './case-file';

// A step's input may be missing from a case file yet follow from another input of the same case
// (the QR text is `HC1:` + Base45, Base45 decodes to the compressed bytes, they inflate to COSE).
// The steps are tested on those derived inputs; a record is untestable only when nothing leads
// to the step. Each helper says where its value came from, for the report.

export interface Derived<T> {
  value: T;
  from: string;
}

/** The Base45 text: the file's BASE45, else its PREFIX without `HC1:`. */
export function base45Of({ base45, prefix }: TestCase): Derived<string> | null {
  if (base45 !== undefined) return { value: base45, from: 'BASE45' };
  if (prefix?.startsWith('HC1:')) return { value: prefix.slice(4), from: 'PREFIX without HC1:' };
  return null;
}

/** The compressed bytes: the file's COMPRESSED, else the Base45 text decoded. */
export function compressedOf(testCase: TestCase): Derived<Uint8Array> | null {
  if (testCase.compressedHex) return { value: hexToBytes(testCase.compressedHex), from: 'COMPRESSED' };
  const text = base45Of(testCase);
  return text ? { value: decodeBase45(text.value), from: `${text.from}, Base45-decoded` } : null;
}

/** The COSE bytes to compare with: the file's COSE only (deriving it would compare a step with itself). */
export function coseOf({ coseHex }: TestCase): Uint8Array | null {
  return coseHex ? hexToBytes(coseHex) : null;
}

export const inflate = (bytes: Uint8Array) => inflateZlib(bytes);
