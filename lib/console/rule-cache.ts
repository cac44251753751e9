import { FIRST_RULE, type VerificationRule } from '@/lib/verification';
import { safeStorage } from '@/lib/checks/safe-storage';

const RULE_KEY = 'qn-console-rule';

export interface CachedRule {
  rule: VerificationRule;
  /** When the device last got it from the server (ISO), or null for the built-in first version. */
  savedAt: string | null;
}

function isRule(value: unknown): value is VerificationRule {
  const r = value as Partial<VerificationRule> | null;
  return !!r && typeof r.version === 'number' && typeof r.requiredDoses === 'number' && typeof r.daysAfterLastDose === 'number'
    && Array.isArray(r.singleDoseVaccines) && typeof r.effectiveFrom === 'string';
}

/** The rule this device last received, or the letter's rule before the first connection. */
export function cachedRule(storage = safeStorage()): CachedRule {
  try {
    const saved = JSON.parse(storage?.getItem(RULE_KEY) ?? 'null') as CachedRule | null;
    if (saved && isRule(saved.rule)) return saved;
  } catch {
    // A damaged entry is replaced at the next refresh.
  }
  return { rule: FIRST_RULE, savedAt: null };
}

/** Fetches the rule in force and keeps it for offline verdicts; offline it keeps the last one. */
export async function refreshRule(fetchImpl: typeof fetch = (...a) => fetch(...a), storage = safeStorage(), now = new Date()): Promise<CachedRule> {
  try {
    const response = await fetchImpl('/api/rules/current', { cache: 'no-store', credentials: 'same-origin' });
    if (response.ok) {
      const body = (await response.json()) as { rule?: unknown } | null;
      const rule = isRule(body?.rule) ? body.rule : isRule(body) ? body : null;
      if (rule) {
        const fresh: CachedRule = { rule, savedAt: now.toISOString() };
        storage?.setItem(RULE_KEY, JSON.stringify(fresh));
        return fresh;
      }
    }
  } catch {
    // Offline or a refused answer: the cached rule stays in use.
  }
  return cachedRule(storage);
}
