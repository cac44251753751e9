import { describe, expect, it } from 'vitest';
import type { CertificateSummary, CertificateVerdict } from '@/lib/certificates/verdict';
import { memoryQueueStore } from './queue-store';
import { enqueueCheck, syncQueue } from './queue';
import { buildScanCheck } from './scan-check';
import type { CheckTransport } from './queue-types';

const summary = (over: Partial<CertificateSummary>): CertificateSummary => ({
  reason: 'unknown_signer', message: 'Không rõ cơ quan ký: chứng nhận chưa có trong danh sách tin cậy', type: 'vaccination',
  holder: { name: 'Nguyễn Bảo Duy', dateOfBirth: '1983-10-10' }, vaccine: { code: 'EU/1/21/1529', name: 'Vaxzevria' },
  dose: { number: 2, of: 2 }, date: '2021-03-18', issuerCountry: 'VN', expiresAt: null, ...over,
});

describe('a scanned certificate in the console queue', () => {
  it('queues an officer_scan with the HC1 and the provisional verdict only as a hint', () => {
    const verdict: CertificateVerdict = { result: 'invalid_certificate', vaccine: null, doses: null, lastDoseOn: null, summary: summary({}) };
    const input = buildScanCheck('HC1:ABC', verdict, { checkpointId: 'cp', now: new Date('2026-11-27T01:00:00Z'), deviceId: 'dev-00001' });
    expect(input).toEqual({
      method: 'officer_scan', checkpointId: 'cp', source: 'vaccine_passport', hc1: 'HC1:ABC',
      checkedAt: '2026-11-27T01:00:00.000Z', deviceId: 'dev-00001', provisionalResult: 'invalid_certificate',
    });
    expect(buildScanCheck('HC1:ABC', null, { checkpointId: 'cp', now: new Date(), deviceId: null }).provisionalResult).toBeNull();
  });

  it("keeps the device's reading until the server answers, then shows the server's", async () => {
    const store = memoryQueueStore();
    const local = summary({});
    const item = await enqueueCheck(store, 'officer', buildScanCheck('HC1:ABC', null, { checkpointId: 'cp', now: new Date(), deviceId: null }), null, Date.now(), local);
    expect((await store.get(item.key))?.certificate).toEqual(local);
    const server = summary({ reason: 'expired', message: 'Chứng nhận đã hết hạn' });
    const transport: CheckTransport = {
      sendBatch: async (inputs) => ({
        kind: 'answered',
        results: inputs.map((i) => ({
          status: 'stored' as const, idempotencyKey: i.idempotencyKey, certificate: server,
          passage: { id: 1, result: 'expired' as const, ruleVersion: 1, checkpointId: 'cp', checkedAt: i.checkedAt, evidence: 'certificate_checked' as const, method: 'officer_scan' as const, source: 'vaccine_passport' as const },
        })),
      }),
      sendOne: async () => ({ kind: 'no_answer', problem: 'x' }),
    };
    await syncQueue(store, 'officer', transport);
    expect(await store.get(item.key)).toMatchObject({ status: 'stored', passage: { result: 'expired' }, certificate: server });
  });
});
