import type { CheckInput } from '@/lib/checks/types';
import type { CertificateVerdict } from '@/lib/certificates/verdict';

/**
 * The check to queue for a scanned vaccine passport. It carries the `HC1:` string for the server
 * to verify itself; what the device judged travels only as `provisionalResult` (never trusted).
 */
export function buildScanCheck(hc1: string, verdict: CertificateVerdict | null, context: { checkpointId: string; now: Date; deviceId: string | null }): Omit<CheckInput, 'idempotencyKey'> {
  return {
    method: 'officer_scan',
    checkpointId: context.checkpointId,
    source: 'vaccine_passport',
    hc1,
    checkedAt: context.now.toISOString(),
    deviceId: context.deviceId,
    provisionalResult: verdict?.result ?? null,
  };
}
