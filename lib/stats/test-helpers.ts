import crypto from 'node:crypto';
import { isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { PASSAGE_SOURCES } from '@/lib/passages/check-schema';
import { ingestChecks } from '@/lib/passages/ingest';
import { insertPassagesCounted } from '@/lib/passages/insert-rows';
import { voidPassage } from '@/lib/passages/void';
import { as, citizenCheck, directCheck, makePosterToken } from '@/lib/passages/test-helpers';
import { localDay, localHour } from '@/lib/text/format';
import { prng } from './prng';


/**
 * Passages over the last `days` days at the given checkpoints, written through the real ingest
 * (direct and citizen checks, each arriving a minute after it was made) plus a few scanned
 * certificates through the same insert statement (ingest cannot verify HC1 yet), some voided.
 */
export async function writeSamplePassages(cps: { id: string; districtCode: string }[], officer: Actor, seed: number, days = 40, now = Date.now()) {
  const rand = prng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const tokens = new Map<string, string>();
  for (const cp of cps) tokens.set(cp.id, await makePosterToken(cp.id));
  const stored: number[] = [];
  for (let batch = 0; batch < 12; batch++) {
    const checkedAt = new Date(now - Math.floor(rand() * days * 86_400_000) - 120_000);
    const items = Array.from({ length: 8 }, () => {
      const cp = pick(cps);
      const at = new Date(checkedAt.getTime() - Math.floor(rand() * 6 * 3_600_000)).toISOString();
      const doses = Math.floor(rand() * 3);
      const over = { checkedAt: at, source: pick(PASSAGE_SOURCES), doses: doses || undefined, lastDoseOn: doses ? pick(['2021-08-01', `${localDay(new Date(at))}`]) : undefined };
      return rand() < 0.5 ? directCheck(cp.id, over) : citizenCheck(tokens.get(cp.id)!, { ...over, citizen: { name: 'Nguyễn Văn B', birthYear: 1990, phone: '0905 000 111' } });
    });
    for (const o of await ingestChecks(items, as(officer, new Date(checkedAt.getTime() + 60_000)))) if (o.status === 'stored') stored.push(o.passage.id);
  }
  const scanned = Array.from({ length: 10 }, (_, i) => {
    const cp = cps[i % cps.length];
    const checkedAt = new Date(now - Math.floor(rand() * days * 86_400_000));
    return {
      checkpointId: cp.id, districtCode: cp.districtCode, method: 'officer_scan' as const, source: 'vaccine_passport' as const, evidence: 'certificate_checked' as const,
      result: pick(['valid', 'valid', 'invalid_certificate', 'expired'] as const), ruleVersion: 1, checkedAt, receivedAt: checkedAt,
      localDay: localDay(checkedAt), localHour: localHour(checkedAt), idempotencyKey: crypto.randomUUID(),
    };
  });
  await insertPassagesCounted(getDb(), scanned);
  // Voids are allowed only within 15 minutes of receipt: write fresh ones to void.
  const fresh = await ingestChecks([directCheck(cps[0].id), directCheck(cps[0].id, { source: 'paper' })], as(officer));
  for (const o of fresh) if (o.status === 'stored') await voidPassage(officer, o.passage.id);
  return stored.length + scanned.length;
}

/** The live (non-voided) passages, read raw, to count by hand in tests. */
export const livePassages = () => getDb().select().from(passages).where(isNull(passages.voidedAt));

/** Checks at exact instants (a fixture with a known shape), through the counted insert. */
export async function writeChecksAt(cp: { id: string; districtCode: string }, times: Date[], over: { result?: 'valid' | 'expired' | 'invalid_certificate'; evidence?: 'officer_seen' | 'certificate_checked' | 'self_declared'; method?: 'direct' | 'citizen_scan' } = {}) {
  if (!times.length) return;
  await insertPassagesCounted(getDb(), times.map((checkedAt) => ({
    checkpointId: cp.id, districtCode: cp.districtCode, method: over.method ?? ('direct' as const), source: 'paper' as const,
    evidence: over.evidence ?? ('officer_seen' as const), result: over.result ?? ('valid' as const), ruleVersion: 1,
    checkedAt, receivedAt: checkedAt, localDay: localDay(checkedAt), localHour: localHour(checkedAt), idempotencyKey: crypto.randomUUID(),
  })));
}
