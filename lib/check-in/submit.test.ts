import { describe, expect, it } from 'vitest';
import type { CheckInput } from '@/lib/checks/types';
import { submitCheckIn } from './submit';

const input: CheckInput = { idempotencyKey: 'k'.repeat(22), method: 'citizen_scan', posterToken: 't', source: 'paper', checkedAt: '2021-09-21T02:00:00Z' };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (async () => new Response(JSON.stringify(body), { status, headers })) as unknown as typeof fetch;
const passage = { id: 1, result: 'valid', ruleVersion: 1, checkpointId: 'c', checkedAt: '', evidence: 'self_declared', method: 'citizen_scan', source: 'paper' };

describe('submitCheckIn', () => {
  it('shows the stored or duplicate passage', async () => {
    expect(await submitCheckIn(input, answer(201, { status: 'stored', passage }))).toEqual({ kind: 'stored', passage });
    expect(await submitCheckIn(input, answer(200, { status: 'duplicate', passage }))).toEqual({ kind: 'stored', passage });
  });

  it("shows the server's refusal", async () => {
    expect(await submitCheckIn(input, answer(400, { status: 'refused', reason: 'revoked', message: 'Mã QR đã bị thu hồi' }))).toEqual({ kind: 'refused', message: 'Mã QR đã bị thu hồi' });
  });

  it('asks to try again on 429 (with the wait), 5xx and a network failure', async () => {
    expect(await submitCheckIn(input, answer(429, { status: 'refused' }, { 'Retry-After': '20' }))).toEqual({ kind: 'retry', message: expect.stringContaining('20 giây') });
    expect((await submitCheckIn(input, answer(503, {}))).kind).toBe('retry');
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await submitCheckIn(input, down)).kind).toBe('retry');
  });
});
