import { FIRST_RULE, ruleInForce, type VerificationRule } from '@/lib/verification';
import { safeStorage } from '@/lib/checks/safe-storage';

const RULE_KEY = 'qn-console-rules';

export interface CachedRules {
  /** The version in force when last fetched and any scheduled after it. */
  rules: VerificationRule[];
  /** When the device last got them from the server (ISO), or null for the built-in first version. */
  savedAt: string | null;
}

function isRule(value: unknown): value is VerificationRule {
  const r = value as Partial<VerificationRule> | null;
  return !!r && typeof r.version === 'number' && typeof r.requiredDoses === 'number' && typeof r.daysAfterLastDose === 'number'
    && Array.isArray(r.singleDoseVaccines) && typeof r.effectiveFrom === 'string';
}

const BUILT_IN: CachedRules = { rules: [FIRST_RULE], savedAt: null };

/** The rules this device last received, or the letter's rule before the first connection. */
export function cachedRules(storage = safeStorage()): CachedRules {
  try {
    const saved = JSON.parse(storage?.getItem(RULE_KEY) ?? 'null') as CachedRules | null;
    if (saved && Array.isArray(saved.rules) && saved.rules.length && saved.rules.every(isRule)) return saved;
  } catch {
    // A damaged entry is replaced at the next refresh.
  }
  return BUILT_IN;
}

/**
 * The version to judge a check at `at` with: a version scheduled while the phone was offline
 * takes over at its effective time, as on the server.
 */
export function ruleAt(cached: CachedRules, at: Date): VerificationRule {
  return ruleInForce(cached.rules, at) ?? cached.rules[0];
}

/** Fetches GET /api/rules/current ({ current, upcoming }) and keeps it; offline it keeps the last one. */
export async function refreshRules(fetchImpl: typeof fetch = (...a) => fetch(...a), storage = safeStorage(), now = new Date()): Promise<CachedRules> {
  try {
    const response = await fetchImpl('/api/rules/current', { cache: 'no-store', credentials: 'same-origin' });
    if (response.ok) {
      const body = (await response.json()) as { current?: unknown; upcoming?: unknown } | null;
      const upcoming = Array.isArray(body?.upcoming) ? body.upcoming.filter(isRule) : [];
      if (isRule(body?.current)) {
        const fresh: CachedRules = { rules: [body.current, ...upcoming], savedAt: now.toISOString() };
        storage?.setItem(RULE_KEY, JSON.stringify(fresh));
        return fresh;
      }
    }
  } catch {
    // Offline or a refused answer: the cached rules stay in use.
  }
  return cachedRules(storage);
}
