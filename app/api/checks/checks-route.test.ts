import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { makeCheckpoint } from '@/lib/testing/factories';
import { CHECK_LIMITS } from '@/lib/passages/http';
import { citizenCheck, makePosterToken } from '@/lib/passages/test-helpers';
import { POST as postCheck } from './route';
import { POST as postBatch } from './batch/route';

useTestDatabase();

const ctx = { params: Promise.resolve({}) };
const post = (handler: typeof postCheck, body: unknown, ip = '203.0.113.7') =>
  handler(new Request('http://localhost/api/checks', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-forwarded-for': ip } }), ctx);

describe('POST /api/checks (citizen check-in, no session)', () => {
  it('answers 201 stored, then 200 duplicate, 409 on a reused key, 400 on bad JSON', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const item = citizenCheck(token, { deviceId: 'route-device-1' });
    const first = await post(postCheck, item);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ status: 'stored', passage: { evidence: 'self_declared' } });
    expect((await post(postCheck, item)).status).toBe(200);
    expect((await post(postCheck, { ...item, doses: 3 })).status).toBe(409);
    const bad = await post(postCheck, '{nope');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 'refused', reason: 'invalid_input' });
  });

  it('refuses cross-site writes', async () => {
    const req = new Request('http://localhost/api/checks', { method: 'POST', body: '{}', headers: { origin: 'https://evil.example', host: 'localhost' } });
    expect((await postCheck(req, ctx)).status).toBe(403);
  });

  it('limits a device with 429 and Retry-After', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const statuses: number[] = [];
    for (let i = 0; i < CHECK_LIMITS.device; i++) statuses.push((await post(postCheck, citizenCheck(token, { deviceId: 'route-device-2' }), '203.0.113.8')).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const limited = await post(postCheck, citizenCheck(token, { deviceId: 'route-device-2' }), '203.0.113.8');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ reason: 'rate_limited' });
  });
});

describe('POST /api/checks/batch', () => {
  it('answers one outcome per item and refuses an empty or oversized batch', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const res = await post(postBatch, { items: [citizenCheck(token), { bad: 1 }] }, '203.0.113.9');
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['stored', 'refused']);
    expect((await post(postBatch, { items: [] })).status).toBe(400);
    expect((await post(postBatch, { items: Array.from({ length: 101 }, () => ({})) })).status).toBe(400);
  });
});
