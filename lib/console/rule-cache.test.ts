import { describe, expect, it } from 'vitest';
import { FIRST_RULE } from '@/lib/verification';
import { cachedRules, refreshRules, ruleAt } from './rule-cache';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k),
    clear: () => map.clear(), key: (i) => [...map.keys()][i] ?? null, get length() { return map.size; },
  };
}

const ruleV2 = { ...FIRST_RULE, version: 2, validityDays: 365, effectiveFrom: '2021-12-01T00:00:00.000Z' };
const answering = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as unknown as typeof fetch;

describe('rule cache', () => {
  it("uses the letter's rule before the device has ever been online", () => {
    expect(cachedRules(memoryStorage())).toEqual({ rules: [FIRST_RULE], savedAt: null });
  });

  it('keeps the current and scheduled versions and switches at the effective time while offline', async () => {
    const storage = memoryStorage();
    const at = new Date('2021-11-20T00:00:00Z');
    const fresh = await refreshRules(answering({ current: FIRST_RULE, upcoming: [ruleV2] }), storage, at);
    expect(fresh).toEqual({ rules: [FIRST_RULE, ruleV2], savedAt: at.toISOString() });
    const later = await refreshRules(offline, storage);
    expect(ruleAt(later, new Date('2021-11-30T23:59:00Z')).version).toBe(1);
    expect(ruleAt(later, new Date('2021-12-01T00:00:00Z')).version).toBe(2);
  });

  it('ignores malformed or refused answers and keeps what it had', async () => {
    const storage = memoryStorage();
    await refreshRules(answering({ current: ruleV2, upcoming: [] }), storage);
    expect((await refreshRules(answering({ current: { version: 'x' } }), storage)).rules[0].version).toBe(2);
    expect((await refreshRules(answering({ error: 'x' }, 401), storage)).rules[0].version).toBe(2);
  });
});
