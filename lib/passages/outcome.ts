import type { PassageEvidence, PassageMethod, PassageResult, PassageSource } from './aggregates';
import { REFUSALS, type RefusalReason } from './refusals';
import type { CertificateSummary } from '@/lib/certificates/verdict';

/** What a device learns about a stored passage (no personal fields). */
export interface PassageSummary {
  id: number;
  result: PassageResult;
  ruleVersion: number;
  checkpointId: string;
  checkedAt: string;
  receivedAt: string;
  evidence: PassageEvidence;
  method: PassageMethod;
  source: PassageSource;
}

export type IngestOutcome =
  | { status: 'stored' | 'duplicate'; idempotencyKey: string; passage: PassageSummary; certificate?: CertificateSummary }
  | { status: 'refused'; idempotencyKey: string | null; reason: RefusalReason; message: string; fields?: Record<string, string[]> };

export type Refusal = Extract<IngestOutcome, { status: 'refused' }>;

export function refusal(idempotencyKey: string | null, reason: RefusalReason, message?: string, fields?: Record<string, string[]>): Refusal {
  return { status: 'refused', idempotencyKey, reason, message: message ?? REFUSALS[reason].message, ...(fields ? { fields } : {}) };
}
