import 'server-only';
import type { VerificationRule } from '@/lib/verification/rule';
import type { PassageResult } from './aggregates';
import { REFUSALS } from './refusals';

export type CertificateJudgement =
  | { ok: true; result: PassageResult; vaccine: string | null; doses: number | null; lastDoseOn: string | null }
  | { ok: false; reason: 'certificate_unsupported'; message: string };

/**
 * The server's own verdict on a scanned `HC1:` certificate, judged with the rule in force at the
 * check. The one seam between ingest and the certificate library (lib/dcc): until it is wired in
 * here, a certificate cannot be checked, so the check is refused rather than stored unverified.
 * The HC1 string itself is never stored.
 */
export async function judgeCertificate(_hc1: string, _checkedAt: Date, _rule: VerificationRule): Promise<CertificateJudgement> {
  return { ok: false, reason: 'certificate_unsupported', message: REFUSALS.certificate_unsupported.message };
}
