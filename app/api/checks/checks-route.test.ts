import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { passages } from '@/db/schema';
import { makeCheckpoint } from '@/lib/testing/factories';
import { CHECK_LIMITS } from '@/lib/passages/http';
import { citizenCheck, makePosterToken } from '@/lib/passages/test-helpers';
import { POST as postCheck } from './route';
import { POST as postBatch } from './batch/route';

const { db } = useTestDatabase();
const passagesAt = async (checkpointId: string) => (await db().select().from(passages).where(eq(passages.checkpointId, checkpointId))).length;

const ctx = { params: Promise.resolve({}) };
const post = (handler: typeof postCheck, body: unknown, ip = '203.0.113.7') =>
  handler(new Request('http://localhost/api/checks', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-qn-peer-address': ip } }), ctx);

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

  it('never lets anonymous batches store more check-ins on a poster than its limit', async () => {
    const cp = await makeCheckpoint('524');
    const token = await makePosterToken(cp.id);
    const batch = () => Array.from({ length: 100 }, (_, i) => citizenCheck(token, { deviceId: `batch-device-${i}` }));
    const answers = [await post(postBatch, { items: batch() }, '203.0.113.20'), await post(postBatch, { items: batch() }, '203.0.113.21')];
    expect(answers.map((a) => a.status)).toEqual([200, 429]);
    expect(await passagesAt(cp.id)).toBe(100);
    // The refused batch counted too (fixed window): the poster stays at its limit for the minute.
    expect((await post(postCheck, citizenCheck(token, { deviceId: 'after-device' }), '198.51.100.1')).status).toBe(429);
    expect(await passagesAt(cp.id)).toBeLessThanOrEqual(CHECK_LIMITS.poster);
  });

  it('counts each citizen check-in against its device, one device being one phone', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const items = Array.from({ length: CHECK_LIMITS.device + 1 }, () => citizenCheck(token, { deviceId: 'one-phone-many-checks' }));
    expect((await post(postBatch, { items }, '203.0.113.25')).status).toBe(429);
  });

  it('counts every item naming a poster, not one per request', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const items = Array.from({ length: CHECK_LIMITS.poster + 1 }, () => ({ method: 'direct', posterToken: token })).slice(0, 100);
    expect((await post(postBatch, { items }, '203.0.113.30')).status).toBe(200);
    expect((await post(postBatch, { items: items.slice(0, CHECK_LIMITS.poster - 99) }, '203.0.113.31')).status).toBe(429);
  });
});

describe('bad input is a per-item refusal, never a 500', () => {
  const cases: [string, (token: string) => unknown][] = [
    ['a NUL byte in the name', (t) => citizenCheck(t, { citizen: { name: 'Nguyễn\u0000Văn A', phone: '0905 123 456' } })],
    ['a lone surrogate in the name', (t) => citizenCheck(t, { citizen: { name: 'Nguyễn \ud800 A', phone: '0905 123 456' } })],
    ['a bad checkedAt together with lastDoseOn', (t) => citizenCheck(t, { checkedAt: 'yesterday', lastDoseOn: '2021-08-01' })],
  ];
  it.each(cases)('%s: 400 invalid_input with a Vietnamese reason, nothing stored', async (_, make) => {
    const cp = await makeCheckpoint('524');
    const token = await makePosterToken(cp.id);
    const res = await post(postCheck, make(token), '203.0.113.40');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 'refused', reason: 'invalid_input', message: expect.stringMatching(/không hợp lệ/) });
    expect(await passagesAt(cp.id)).toBe(0);
  });
});
