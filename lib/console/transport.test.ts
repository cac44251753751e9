import { describe, expect, it } from 'vitest';
import type { CheckInput } from '@/lib/checks/types';
import { httpTransport } from './transport';

const input: CheckInput = { idempotencyKey: 'k'.repeat(22), method: 'direct', checkpointId: 'cp', source: 'paper', checkedAt: '2021-09-21T02:00:00Z' };

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(body === undefined ? 'not json' : JSON.stringify(body), { status, headers });
  }) as unknown as typeof fetch;
  return { transport: httpTransport(fetchImpl), calls };
}

describe('httpTransport.sendBatch', () => {
  it('posts the items and returns per-item results', async () => {
    const results = [{ status: 'refused', idempotencyKey: input.idempotencyKey, reason: 'x', message: 'y' }];
    const { transport, calls } = answering(200, { results });
    expect(await transport.sendBatch([input])).toEqual({ kind: 'answered', results });
    expect(calls).toEqual([{ url: '/api/checks/batch', body: { items: [input] } }]);
  });

  it.each([
    [500, 'no_answer'],
    [502, 'no_answer'],
    [401, 'signed_out'],
    [403, 'signed_out'],
    [400, 'rejected'],
    [413, 'rejected'],
    [404, 'no_answer'],
    [405, 'no_answer'],
  ])('treats HTTP %i as %s', async (status, kind) => {
    expect((await answering(status, { error: 'x' }).transport.sendBatch([input])).kind).toBe(kind);
  });

  it('treats a 200 without results as no answer', async () => {
    expect((await answering(200, undefined).transport.sendBatch([input])).kind).toBe('no_answer');
  });

  it('waits as long as Retry-After says on 429', async () => {
    expect(await answering(429, {}, { 'Retry-After': '30' }).transport.sendBatch([input])).toMatchObject({ kind: 'no_answer', retryAfterMs: 30_000 });
  });

  it('keeps the batch and waits as long as Retry-After says on 503 (database unreachable)', async () => {
    const unavailable = { error: 'Không kết nối được cơ sở dữ liệu, chưa có gì được lưu. Vui lòng thử lại sau ít phút.' };
    expect(await answering(503, unavailable, { 'Retry-After': '15' }).transport.sendBatch([input])).toMatchObject({ kind: 'no_answer', retryAfterMs: 15_000 });
    expect(await answering(503, unavailable, { 'Retry-After': '15' }).transport.sendOne(input)).toMatchObject({ kind: 'no_answer', retryAfterMs: 15_000 });
  });

  it('treats a network failure as no answer', async () => {
    const transport = httpTransport((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(await transport.sendBatch([input])).toMatchObject({ kind: 'no_answer' });
  });
});

describe('httpTransport.sendOne', () => {
  it('reads stored, duplicate and refused answers as this item’s outcome', async () => {
    const refused = await answering(422, { status: 'refused', reason: 'too_old', message: 'Quá 7 ngày' }).transport.sendOne(input);
    expect(refused).toEqual({ kind: 'answered', outcome: { status: 'refused', idempotencyKey: input.idempotencyKey, reason: 'too_old', message: 'Quá 7 ngày' } });
    const stored = await answering(201, { status: 'stored', passage: { id: 1 } }).transport.sendOne(input);
    expect(stored).toMatchObject({ kind: 'answered', outcome: { status: 'stored', passage: { id: 1 } } });
  });

  it('reads any other 4xx about the item as a final refusal with the server’s message', async () => {
    expect(await answering(400, { error: 'Dữ liệu không hợp lệ.' }).transport.sendOne(input)).toMatchObject({
      kind: 'answered', outcome: { status: 'refused', message: 'Dữ liệu không hợp lệ.' },
    });
  });

  it('keeps the item for later on 429, 5xx and a lost session', async () => {
    expect((await answering(429, { status: 'refused', reason: 'rate_limited', message: '' }).transport.sendOne(input)).kind).toBe('no_answer');
    expect((await answering(503, {}).transport.sendOne(input)).kind).toBe('no_answer');
    expect((await answering(401, { error: 'x' }).transport.sendOne(input)).kind).toBe('signed_out');
    expect((await answering(401, { status: 'refused', reason: 'unauthenticated', message: 'x' }).transport.sendOne(input)).kind).toBe('signed_out');
  });
});
