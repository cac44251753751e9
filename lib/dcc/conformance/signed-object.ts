import { hexToBytes } from '../bytes';
import { decodeCoseBytes, hc1ToCoseBytes, type DecodedHc1 } from '../decode-hc1';
import type { TestCase } from './case-file';

/**
 * The signed message a case is about: its COSE field, or else what its PREFIX decodes to.
 * Null when the file has neither, which makes the flags that need it untestable.
 */
export function signedObjectSource(testCase: TestCase): (() => DecodedHc1) | null {
  const { coseHex, prefix } = testCase;
  if (coseHex) return () => decodeCoseBytes(hexToBytes(coseHex));
  if (prefix) return () => decodeCoseBytes(hc1ToCoseBytes(prefix));
  return null;
}
