import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { clearSignInFailures, deleteStaleSignInThrottles, signInRetryAfter, takeSignInAttempt, THROTTLE } from './throttle';

useTestDatabase();

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const fail = async (user: string, ip: string | null, n: number, at = t0) => {
  for (let i = 0; i < n; i++) expect(await takeSignInAttempt(user, ip, at)).toBe(true);
};

describe('sign-in throttle', () => {
  it('after 5 failures an account waits 30 s from that IP, and the wait doubles with each further failure', async () => {
    await fail('Nguoi.A', '10.0.0.1', THROTTLE.accountIp.free);
    expect(await takeSignInAttempt('nguoi.a', '10.0.0.1', later(1000))).toBe(false);
    expect(await signInRetryAfter('nguoi.a', '10.0.0.1', later(1000))).toBe(29);
    expect(await takeSignInAttempt('nguoi.a', '10.0.0.1', later(30_000))).toBe(true);
    expect(await signInRetryAfter('nguoi.a', '10.0.0.1', later(30_000))).toBe(60);
    expect(await takeSignInAttempt('nguoi.a', '10.0.0.1', later(90_000))).toBe(true);
    expect(await signInRetryAfter('nguoi.a', '10.0.0.1', later(90_000))).toBe(120);
  });

  it('never waits longer than 15 minutes: there is no hard lock', async () => {
    let at = 0;
    for (let i = 0; i < 20; i++) {
      expect(await takeSignInAttempt('nguoi.b', '10.0.0.2', later(at))).toBe(true);
      at += (await signInRetryAfter('nguoi.b', '10.0.0.2', later(at))) * 1000;
    }
    expect(await signInRetryAfter('nguoi.b', '10.0.0.2', later(at - 1000))).toBeLessThanOrEqual(15 * 60);
  });

  it("one attacker's failures do not make the account wait from another IP", async () => {
    await fail('admin-x', '203.0.113.1', THROTTLE.accountIp.free);
    expect(await takeSignInAttempt('admin-x', '203.0.113.1', later(1000))).toBe(false);
    expect(await signInRetryAfter('admin-x', '198.51.100.2', later(1000))).toBe(0);
    expect(await takeSignInAttempt('admin-x', '198.51.100.2', later(1000))).toBe(true);
  });

  it('guessing spread over many IPs meets the per-account ceiling', async () => {
    for (let i = 0; i < THROTTLE.account.free; i++) await fail('nguoi.c', `10.1.0.${i}`, 1);
    expect(await takeSignInAttempt('nguoi.c', '10.1.1.1', later(1000))).toBe(false);
  });

  it('blocks an IP after 30 failures across accounts, and then leaves the accounts alone', async () => {
    for (let i = 0; i < THROTTLE.ip.free; i++) await fail(`khach${i}`, '203.0.113.7', 1);
    expect(await takeSignInAttempt('nan-nhan', '203.0.113.7', later(1000))).toBe(false);
    expect(await signInRetryAfter('nan-nhan', '203.0.113.8', later(1000))).toBe(0);
    // The refused attempt never reached the account's counters.
    await fail('nan-nhan', '203.0.113.8', THROTTLE.accountIp.free - 1, later(1000));
    expect(await takeSignInAttempt('nan-nhan', '203.0.113.8', later(1000))).toBe(true);
  });

  it('a burst of parallel guesses gets no more than the allowance', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => takeSignInAttempt('song-song', '10.2.0.1', t0)));
    expect(results.filter(Boolean)).toHaveLength(THROTTLE.accountIp.free);
  });

  it('a successful sign-in clears the account counts', async () => {
    await fail('nguoi.d', null, THROTTLE.accountIp.free - 1);
    await clearSignInFailures('nguoi.d', null);
    await fail('nguoi.d', null, THROTTLE.accountIp.free - 1);
    expect(await signInRetryAfter('nguoi.d', null, later(1000))).toBe(0);
  });

  it('housekeeping drops counters whose window and wait are over', async () => {
    await fail('cu', '10.3.0.1', 1, new Date('2025-01-01T00:00:00Z'));
    expect(await deleteStaleSignInThrottles(t0)).toBeGreaterThan(0);
  });
});
