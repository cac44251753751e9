import 'server-only';
import { verifyHc1 } from '@/lib/dcc';
import type { VerificationRule } from '@/lib/verification/rule';
import { certificateVerdict, type CertificateSummary } from '@/lib/certificates/verdict';
import { enabledTrustList } from '@/lib/trust/server-trust-list';
import type { PassageResult } from './aggregates';

export type CertificateJudgement = {
  ok: true;
  result: PassageResult;
  vaccine: string | null;
  doses: number | null;
  lastDoseOn: string | null;
  /** What the device shows: holder, vaccine, dose n/m, date, reason and its Vietnamese message. */
  summary: CertificateSummary;
};

/**
 * The server's own verdict on a scanned `HC1:` certificate: verified against the enabled trust
 * list with the check's instant as the clock (ingest has already bounded it), then judged with
 * the rule in force at the check (lib/certificates/verdict.ts). Any failure of the certificate
 * is a stored result (`invalid_certificate` or `expired`; `unverified` while no signer is trusted
 * at all), never a refusal: the check happened.
 * The HC1 string itself is never stored.
 */
export async function judgeCertificate(hc1: string, checkedAt: Date, rule: VerificationRule): Promise<CertificateJudgement> {
  const trustList = await enabledTrustList();
  const verification = await verifyHc1(hc1, { trustList, now: checkedAt });
  return { ok: true, ...certificateVerdict(verification, rule, checkedAt, { trustListEmpty: trustList.signers.length === 0 }) };
}
