import type { CertificateType } from './types';

/**
 * Extended key usage OIDs that restrict a DSC to certificate types. Both the EU arc and the
 * alternative arc some issuers used are honoured.
 */
const TYPE_OIDS: Readonly<Record<CertificateType, readonly string[]>> = {
  test: ['1.3.6.1.4.1.1847.2021.1.1', '1.3.6.1.4.1.0.1847.2021.1.1'],
  vaccination: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.4.1.0.1847.2021.1.2'],
  recovery: ['1.3.6.1.4.1.1847.2021.1.3', '1.3.6.1.4.1.0.1847.2021.1.3'],
};
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/**
 * Whether a signer may sign these certificate types:
 * - no extended key usage extension (or anyExtendedKeyUsage): every type;
 * - otherwise the extension restricts the key to the purposes it lists (RFC 5280 §4.2.1.12),
 *   so each type present must be named by its OID. A DSC whose EKU names only other purposes
 *   (for example an ICAO document-signer OID) may sign no health certificate.
 */
export function keyUsageAllows(extendedKeyUsage: readonly string[], types: readonly CertificateType[]): boolean {
  if (extendedKeyUsage.length === 0 || extendedKeyUsage.includes(ANY_EXTENDED_KEY_USAGE)) return true;
  return types.every((type) => TYPE_OIDS[type].some((oid) => extendedKeyUsage.includes(oid)));
}
