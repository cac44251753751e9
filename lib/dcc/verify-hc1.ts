import { readContent } from './content';
import { DccError } from './dcc-error';
import { decodeHc1, type DecodedHc1 } from './decode-hc1';
import { certificateTypes } from './entries';
import { keyUsageAllows } from './key-usage';
import { reasonMessage, type DccFailureReason } from './reasons';
import { validateForVerification } from './schema';
import type { TrustList } from './trust/trust-list';
import type { DccContent, DccSignerSummary, DccStatus, DccVerification } from './types';
import { checkValidityWindow } from './validity';
import { findVerifyingSigner } from './verify-signer';

export interface VerifyOptions {
  trustList: TrustList;
  /** The moment the check happens; every time-dependent step is judged at this clock. */
  now: Date;
}

function statusOf(reason: DccFailureReason): DccStatus {
  return reason === 'expired' ? 'expired' : 'invalid_certificate';
}

/**
 * Verifies an `HC1:` QR text. Order: format (prefix → Base45 → zlib → COSE → CWT), then signer,
 * signature and key usage, then the validity window, then the schema (see validateForVerification). An unknown signer is
 * therefore `invalid_certificate` even when the certificate has also expired. Never throws for
 * a bad certificate; the verdict carries the reason and the Vietnamese message.
 */
export async function verifyHc1(qrText: string, { trustList, now }: VerifyOptions): Promise<DccVerification> {
  let certificate: DccContent | null = null;
  let signer: DccSignerSummary | null = null;
  try {
    const decoded: DecodedHc1 = decodeHc1(qrText);
    certificate = readContent(decoded);
    const trusted = await findVerifyingSigner(decoded.cose, trustList);
    signer = { kid: trusted.kid, country: trusted.country, subject: trusted.subject };
    if (!keyUsageAllows(trusted.extendedKeyUsage, certificateTypes(decoded.claims.hcert))) {
      throw new DccError('wrong_key_usage', `signer EKU ${trusted.extendedKeyUsage.join(', ')} does not allow this type`);
    }
    checkValidityWindow(decoded.claims, now);
    // A correctly signed certificate is never refused for schema strictness alone: its issuer
    // signed exactly this. Only a payload with no single readable group (v, t or r) is refused.
    const schema = validateForVerification(decoded.claims.hcert);
    if (!schema.valid && !certificate.type) throw new DccError('schema_invalid', schema.error ?? 'schema invalid');
    const schemaIssue = schema.valid ? null : schema.error;
    return { status: 'verified', reason: 'ok', message: reasonMessage('ok'), detail: schemaIssue, checkedAt: now, certificate, signer, schemaIssue };
  } catch (error) {
    if (!(error instanceof DccError)) throw error;
    return { status: statusOf(error.reason), reason: error.reason, message: reasonMessage(error.reason), detail: error.message, checkedAt: now, certificate, signer };
  }
}
