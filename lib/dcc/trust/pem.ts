import { base64ToBytes } from '../bytes';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const DER_SEQUENCE = 0x30;

/**
 * Splits what an admin uploads into DER certificates: DER bytes, one or many PEM blocks, or a
 * bare base64 DER string (the form the EU test data and trust lists use).
 */
export function splitCertificates(input: string | Uint8Array): Uint8Array[] {
  if (input instanceof Uint8Array) {
    if (input[0] === DER_SEQUENCE) return [input];
    return splitCertificates(new TextDecoder().decode(input));
  }
  const blocks = [...input.matchAll(PEM_BLOCK)].map((match) => base64ToBytes(match[1]));
  if (blocks.length > 0) return blocks;
  const text = input.trim();
  return text ? [base64ToBytes(text)] : [];
}
