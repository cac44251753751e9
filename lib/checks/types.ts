import type { CertificateSummary } from '@/lib/certificates/verdict';
// The ingest contract as the browser sees it (contracts.md, "Passage ingest"). Types only: the
// server validates every field itself and never trusts what the device says.
export type CheckMethod = 'direct' | 'officer_scan' | 'citizen_scan';
export type CheckSource = 'bluezone' | 'pc_covid' | 'health_book' | 'paper' | 'vaccine_passport' | 'none';
export type CheckEvidence = 'self_declared' | 'officer_seen' | 'certificate_checked';
export type CheckResult = 'valid' | 'under_14_days' | 'incomplete_doses' | 'expired' | 'invalid_certificate' | 'unverified';

export interface CitizenDetails {
  name?: string;
  birthYear?: number;
  phone?: string;
  idNumber?: string;
}

export interface CheckInput {
  idempotencyKey: string;
  method: CheckMethod;
  checkpointId?: string;
  posterToken?: string;
  source: CheckSource;
  vaccine?: string | null;
  doses?: number | null;
  lastDoseOn?: string | null;
  hc1?: string | null;
  checkedAt: string;
  deviceId?: string | null;
  citizen?: CitizenDetails | null;
  provisionalResult?: string | null;
}

export interface StoredPassage {
  id: number;
  result: CheckResult;
  ruleVersion: number;
  checkpointId: string;
  checkedAt: string;
  receivedAt?: string;
  evidence: CheckEvidence;
  method: CheckMethod;
  source: CheckSource;
}

export type IngestOutcome =
  | { status: 'stored' | 'duplicate'; idempotencyKey: string; passage: StoredPassage; certificate?: CertificateSummary }
  | { status: 'refused'; idempotencyKey: string | null; reason: string; message: string };
