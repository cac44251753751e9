import { makeTestSigner, type TestSigner, type TestSignerOptions } from '@/lib/dcc/issuer/make-signer';
import { bytesToBase64 } from '@/lib/dcc/bytes';

/** PEM text of a test signer's certificate, as an admin would upload it. */
export function pemOf(signer: TestSigner): string {
  const b64 = bytesToBase64(signer.certificate).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

export const newSigner = (options: TestSignerOptions = {}) => makeTestSigner({ country: 'VN', ...options });
