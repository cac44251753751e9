import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { verificationRules } from '@/db/schema';
import { ruleInForce, type VerificationRule } from '@/lib/verification/rule';
import { toRule } from './row';

/** A new version takes effect at least this long after it is added (checked when adding). */
export const RULE_LEAD_MS = 5 * 60_000;
const TTL_MS = 60_000;
// A version missing from a list read at time f was added after about f, so it takes effect after
// f + lead time: the list is exact for every check before f + horizon (one minute of margin for a
// slow transaction or clock skew between this process and the database).
const HORIZON_MS = RULE_LEAD_MS - 60_000;

interface RuleCache {
  rules: VerificationRule[];
  fetchedAt: number;
}

// Every check needs its rule: cached per process so ingest pays no query for it.
const store = globalThis as typeof globalThis & { __qnRuleCache?: RuleCache; __qnRuleLoad?: Promise<RuleCache> };

async function load(): Promise<RuleCache> {
  store.__qnRuleLoad ??= (async () => {
    try {
      const fetchedAt = Date.now();
      const rows = await getDb().select().from(verificationRules).orderBy(asc(verificationRules.version));
      const cache = { rules: rows.map(toRule), fetchedAt };
      store.__qnRuleCache = cache;
      return cache;
    } finally {
      store.__qnRuleLoad = undefined;
    }
  })();
  return store.__qnRuleLoad;
}

/** Every version, oldest first (cached). */
export async function allRuleVersions(at = new Date()): Promise<VerificationRule[]> {
  let cache = store.__qnRuleCache;
  if (!cache || Date.now() - cache.fetchedAt > TTL_MS || at.getTime() >= cache.fetchedAt + HORIZON_MS) cache = await load();
  return cache.rules;
}

/** The rule version in force at a check's instant; the first version for anything earlier. */
export async function ruleInForceAt(at: Date): Promise<VerificationRule> {
  const rules = await allRuleVersions(at);
  const rule = ruleInForce(rules, at) ?? rules[0];
  if (!rule) throw new Error('No verification rule in the database (version 1 is seeded with the reference data)');
  return rule;
}

/** Called after this process adds a version; other processes pick it up within the TTL. */
export function forgetRuleCache(): void {
  store.__qnRuleCache = undefined;
}
