import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { rateLimitBuckets } from '@/db/schema';
import { deleteStaleRateLimits, takeRateLimits, RATE_WINDOW_MS } from './rate-limit';

const { db } = useTestDatabase();

afterEach(() => {
  delete process.env.RATE_LIMIT;
});

describe('takeRateLimits', () => {
  it('allows up to the limit per window, then answers how long to wait, then resets', async () => {
    const t0 = new Date('2026-05-01T00:00:00Z');
    const limits = [{ key: 'device:a', max: 3 }, { key: 'ip:1.2.3.4', max: 100 }];
    for (let i = 0; i < 3; i++) expect(await takeRateLimits(limits, new Date(t0.getTime() + i * 1000))).toEqual({ ok: true });
    expect(await takeRateLimits(limits, new Date(t0.getTime() + 20_000))).toEqual({ ok: false, retryAfterS: 40 });
    expect(await takeRateLimits([{ key: 'device:b', max: 3 }], new Date(t0.getTime() + 20_000))).toEqual({ ok: true });
    expect(await takeRateLimits(limits, new Date(t0.getTime() + RATE_WINDOW_MS))).toEqual({ ok: true });
  });

  it('counts concurrent requests exactly (one statement per request)', async () => {
    const now = new Date('2026-05-02T00:00:00Z');
    const answers = await Promise.all(Array.from({ length: 30 }, () => takeRateLimits([{ key: 'poster:p', max: 10 }, { key: 'ip:9.9.9.9', max: 1000 }], now)));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
  });

  it('counts a request for its cost, so a batch of items cannot pass as one hit', async () => {
    const now = new Date('2026-05-04T00:00:00Z');
    expect(await takeRateLimits([{ key: 'poster:cost', max: 10, cost: 8 }], now)).toEqual({ ok: true });
    expect(await takeRateLimits([{ key: 'poster:cost', max: 10, cost: 3 }], now)).toMatchObject({ ok: false });
    expect(await takeRateLimits([{ key: 'poster:fresh', max: 10, cost: 11 }], now)).toMatchObject({ ok: false });
  });

  it('can be switched off for the benchmark, and stores keys only as hashes', async () => {
    process.env.RATE_LIMIT = 'off';
    const now = new Date('2026-05-03T00:00:00Z');
    for (let i = 0; i < 5; i++) expect(await takeRateLimits([{ key: 'device:off', max: 1 }], now)).toEqual({ ok: true });
    const keys = (await db().select().from(rateLimitBuckets)).map((r) => r.key);
    expect(keys.join(' ')).not.toMatch(/device|ip:|poster|1\.2\.3\.4/);
  });

  it('drops counters of old windows', async () => {
    await takeRateLimits([{ key: 'device:old', max: 5 }], new Date('2020-01-01T00:00:00Z'));
    expect(await deleteStaleRateLimits(new Date('2026-06-01T00:00:00Z'))).toBeGreaterThan(0);
  });
});
