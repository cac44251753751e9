import type { DccReason, DccVerification } from '@/lib/dcc';
import { judgeRecovery, judgeVaccination, type VerificationRule } from '@/lib/verification';
import type { CheckResult } from '@/lib/checks/types';

/**
 * What a scanned certificate shows the officer (or the citizen's result screen): no signature
 * bytes, no raw payload. The same shape comes from the console's own check and from the server.
 */
export interface CertificateSummary {
  /** The certificate library's reason (`ok` once verified) and, past it, the rule's wording. */
  reason: DccReason;
  message: string;
  type: 'vaccination' | 'recovery' | 'test' | null;
  holder: { name: string; dateOfBirth: string } | null;
  /** Product code and display name (vaccination). */
  vaccine: { code: string; name: string } | null;
  /** Dose n of m (vaccination). */
  dose: { number: number | null; of: number | null } | null;
  /** Vaccination date, first positive test date, or test sample date: yyyy-MM-dd. */
  date: string | null;
  issuerCountry: string | null;
  /** The certificate's own expiry (CWT exp), ISO. */
  expiresAt: string | null;
}

export interface CertificateVerdict {
  result: CheckResult;
  vaccine: string | null;
  doses: number | null;
  lastDoseOn: string | null;
  summary: CertificateSummary;
}

const RULE_MESSAGES: Record<CheckResult, string> = {
  valid: 'Chữ ký số hợp lệ; đủ điều kiện theo quy tắc xác minh.',
  under_14_days: 'Chữ ký số hợp lệ; mũi tiêm cuối chưa đủ số ngày theo quy tắc.',
  incomplete_doses: 'Chữ ký số hợp lệ; chưa tiêm đủ số mũi theo quy tắc.',
  expired: 'Chữ ký số hợp lệ; đã quá thời hạn có giá trị theo quy tắc.',
  invalid_certificate: 'Chứng nhận không hợp lệ.',
  unverified: 'Chữ ký số hợp lệ nhưng loại chứng nhận này không được tính là đã tiêm chủng.',
};
/**
 * With no trusted signer at all, "unknown signer" says nothing about the certificate: the portal
 * simply cannot check signatures yet. The officer must not read that as a forgery.
 */
export const NO_TRUST_LIST_MESSAGE =
  'Không xác minh được chữ ký: danh sách tin cậy chưa có chứng thư nào. Hãy kiểm tra trực tiếp trên ứng dụng hoặc giấy chứng nhận.';
const TEST_MESSAGE = 'Chữ ký số hợp lệ; đây là giấy xét nghiệm, không phải chứng nhận tiêm chủng nên chưa xác minh được.';
const RECOVERY_REFUSED = 'Chữ ký số hợp lệ; quy tắc hiện hành không chấp nhận giấy khỏi bệnh.';

/**
 * Turns the library's verification into a passage result with the rule in force at the check.
 * Order (issue 5): format, signer and signature, certificate expiry, then the rule. A vaccination
 * entry goes through the rule with dn as doses, mp as vaccine and dt as last dose; a series the
 * certificate itself marks unfinished (dn < sd) is incomplete whatever the rule's dose count.
 * Recovery follows the rule's optional acceptance; a test certificate is shown but `unverified`.
 */
export function certificateVerdict(
  verification: DccVerification,
  rule: VerificationRule,
  checkedAt: Date,
  context: { trustListEmpty?: boolean } = {},
): CertificateVerdict {
  const verdict = judge(verification, rule, checkedAt, context);
  if (!verification.schemaIssue) return verdict;
  // Shown, not refused (lib/dcc/schema.ts): the officer reads the data and what did not match.
  const note = ` Lưu ý: nội dung chưa khớp hoàn toàn cấu trúc chuẩn EU DCC (${verification.schemaIssue}); hãy đối chiếu thông tin với giấy tờ.`;
  return { ...verdict, summary: { ...verdict.summary, message: verdict.summary.message + note } };
}

function judge(verification: DccVerification, rule: VerificationRule, checkedAt: Date, context: { trustListEmpty?: boolean }): CertificateVerdict {
  const summary = summarize(verification);
  const none = { vaccine: null, doses: null, lastDoseOn: null };
  if (verification.reason === 'unknown_signer' && context.trustListEmpty) {
    return { result: 'unverified', ...none, summary: { ...summary, message: NO_TRUST_LIST_MESSAGE } };
  }
  if (verification.status !== 'verified') return { result: verification.status, ...none, summary };
  const cert = verification.certificate!;
  if (cert.type === 'vaccination' && cert.vaccination) {
    const v = cert.vaccination;
    const unfinished = v.dn != null && v.sd != null && v.dn < v.sd;
    const result = unfinished ? 'incomplete_doses' : judgeVaccination({ doses: v.dn, lastDoseOn: v.dt, vaccine: v.mp, checkedAt }, rule);
    return { result, vaccine: v.mp, doses: v.dn, lastDoseOn: v.dt, summary: { ...summary, message: RULE_MESSAGES[result] } };
  }
  if (cert.type === 'recovery' && cert.recovery) {
    const r = cert.recovery;
    const result = judgeRecovery({ firstPositiveOn: r.fr.slice(0, 10), validUntil: r.du ? r.du.slice(0, 10) : null, checkedAt }, rule);
    return { result, ...none, summary: { ...summary, message: result === 'unverified' ? RECOVERY_REFUSED : RULE_MESSAGES[result] } };
  }
  if (cert.type === 'test') return { result: 'unverified', ...none, summary: { ...summary, message: TEST_MESSAGE } };
  return { result: 'invalid_certificate', ...none, summary: { ...summary, message: RULE_MESSAGES.invalid_certificate } };
}

export function summarize(verification: DccVerification): CertificateSummary {
  const cert = verification.certificate;
  const v = cert?.vaccination ?? null;
  return {
    reason: verification.reason,
    message: verification.message,
    type: cert?.type ?? null,
    holder: cert ? { name: cert.holder.name, dateOfBirth: cert.holder.dateOfBirth } : null,
    vaccine: v ? { code: v.mp, name: v.mpName || v.mp } : null,
    dose: v ? { number: v.dn, of: v.sd } : null,
    date: v?.dt ?? cert?.recovery?.fr.slice(0, 10) ?? cert?.test?.sc.slice(0, 10) ?? null,
    issuerCountry: cert?.issuerCountry ?? null,
    expiresAt: cert ? cert.expiresAt.toISOString() : null,
  };
}
