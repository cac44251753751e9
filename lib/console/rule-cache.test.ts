import { describe, expect, it } from 'vitest';
import { FIRST_RULE } from '@/lib/verification';
import { cachedRule, refreshRule } from './rule-cache';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k),
    clear: () => map.clear(), key: (i) => [...map.keys()][i] ?? null, get length() { return map.size; },
  };
}

const ruleV2 = { ...FIRST_RULE, version: 2, validityDays: 365, effectiveFrom: '2021-12-01T00:00:00.000Z' };
const answering = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('rule cache', () => {
  it("uses the letter's rule before the device has ever been online", () => {
    expect(cachedRule(memoryStorage())).toEqual({ rule: FIRST_RULE, savedAt: null });
  });

  it('keeps the rule the server sends and uses it when offline', async () => {
    const storage = memoryStorage();
    const at = new Date('2021-12-02T00:00:00Z');
    expect(await refreshRule(answering({ rule: ruleV2 }), storage, at)).toEqual({ rule: ruleV2, savedAt: at.toISOString() });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await refreshRule(offline, storage)).rule.version).toBe(2);
  });

  it('accepts the rule at the top level of the answer too, and ignores malformed or refused answers', async () => {
    const storage = memoryStorage();
    expect((await refreshRule(answering(ruleV2), storage)).rule.version).toBe(2);
    expect((await refreshRule(answering({ rule: { version: 'x' } }), storage)).rule.version).toBe(2);
    expect((await refreshRule(answering({ error: 'x' }, 401), storage)).rule.version).toBe(2);
  });
});
