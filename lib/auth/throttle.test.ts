import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { clearSignInFailures, recordSignInFailure, signInRetryAfter, THROTTLE } from './throttle';

useTestDatabase();

describe('sign-in throttle', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it('blocks an account after the limit, whatever the IP, until the block ends', async () => {
    for (let i = 0; i < THROTTLE.accountLimit; i++) await recordSignInFailure('Nguoi.A', `10.0.0.${i}`, later(i * 1000));
    expect(await signInRetryAfter('nguoi.a', '10.9.9.9', later(10_000))).toBeGreaterThan(0);
    expect(await signInRetryAfter('nguoi.a', null, later(THROTTLE.blockMs + 10_000))).toBe(0);
  });

  it('starts a new window once the old one has passed', async () => {
    for (let i = 0; i < THROTTLE.accountLimit - 1; i++) await recordSignInFailure('nguoi.b', null, t0);
    await recordSignInFailure('nguoi.b', null, later(THROTTLE.windowMs + 1));
    expect(await signInRetryAfter('nguoi.b', null, later(THROTTLE.windowMs + 2))).toBe(0);
  });

  it('blocks an IP after its own, higher limit', async () => {
    for (let i = 0; i < THROTTLE.ipLimit; i++) await recordSignInFailure(`khach${i}`, '203.0.113.7', t0);
    expect(await signInRetryAfter('khach-moi', '203.0.113.7', later(1000))).toBeGreaterThan(0);
    expect(await signInRetryAfter('khach-moi', '203.0.113.8', later(1000))).toBe(0);
  });

  it('a successful sign-in clears the account count', async () => {
    for (let i = 0; i < THROTTLE.accountLimit - 1; i++) await recordSignInFailure('nguoi.c', null, t0);
    await clearSignInFailures('nguoi.c');
    await recordSignInFailure('nguoi.c', null, t0);
    expect(await signInRetryAfter('nguoi.c', null, later(1000))).toBe(0);
  });
});
