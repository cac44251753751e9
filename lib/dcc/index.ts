/**
 * EU Digital COVID Certificate (HC1) verification. Pure TypeScript for browser and server:
 * no Node modules, no eval; every time-dependent step takes the clock from the caller.
 */
export { verifyHc1, type VerifyOptions } from './verify-hc1';
export { REASON_MESSAGES, reasonMessage, type DccFailureReason, type DccReason } from './reasons';
export type {
  CertificateType,
  DccContent,
  DccHolder,
  DccSignerSummary,
  DccStatus,
  DccVerification,
  RecoveryEntry,
  TestEntry,
  VaccinationEntry,
} from './types';
export { createTrustList, type TrustList } from './trust/trust-list';
export { computeKid, createSigner, signerValidityAt, type SignerHints, type TrustedSigner } from './trust/signer';
export { parseSignerCertificates, parseTrustListJson, type ParsedSigners, type TrustListProblem } from './trust/parse-trust-list';
export { decodeQrFromImage } from './qr/decode-qr-image';
export type { RgbaImage } from './qr/image-variants';
