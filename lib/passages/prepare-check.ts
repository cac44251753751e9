import 'server-only';
import type { z } from 'zod';
import type { passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { judgeVaccination } from '@/lib/verification/judge';
import type { VerificationRule } from '@/lib/verification/rule';
import { localDateOf, localHourOf } from '@/lib/verification/local-date';
import { ruleInForceAt } from '@/lib/rules/in-force';
import { checkInputSchema, type ParsedCheck } from './check-schema';
import { hashCheckBody, hashIdNumber, hashPhone } from './personal-data';
import { judgeCertificate } from './certificate';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import { checkpointFacts } from './checkpoint-facts';
import type { PosterResolver } from './poster-resolution';
import type { PassageEvidence, PassageResult } from './aggregates';
import { refusal, type Refusal } from './outcome';

/** A passage as ingest writes it (the database adds the id; void and purge fill the rest later). */
export type PassageRow = Omit<typeof passages.$inferInsert, 'id' | 'voidedAt' | 'voidedBy' | 'personalPurgedAt'> & { receivedAt: Date; localDay: string; localHour: number };

export const MAX_AHEAD_MS = 5 * 60_000;
export const MAX_AGE_MS = 7 * 24 * 3_600_000;

export interface PrepareEnv {
  receivedAt: Date;
  actor: () => Promise<Actor | null>;
  resolvePoster: PosterResolver;
}

/** A check ready to write; a refusal that an earlier stored copy may still turn into a duplicate; or a refusal. */
export type Prepared =
  | { kind: 'write'; key: string; bodyHash: string; row: PassageRow; certificate?: CertificateSummary }
  | { kind: 'lookup'; key: string; bodyHash: string; refusal: Refusal }
  | { kind: 'refused'; refusal: Refusal };

/** Validates one item, places it at its checkpoint, and judges it with the rule in force at its instant. */
export async function prepareCheck(raw: unknown, env: PrepareEnv): Promise<Prepared> {
  const parsed = checkInputSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', refusal: invalid(raw, parsed.error) };
  const check = parsed.data;
  const key = check.idempotencyKey;
  const bodyHash = hashCheckBody(check);
  const checkedAt = new Date(check.checkedAt);
  const ahead = checkedAt.getTime() - env.receivedAt.getTime();
  if (ahead > MAX_AHEAD_MS) return { kind: 'lookup', key, bodyHash, refusal: refusal(key, 'checked_at_future') };
  if (-ahead > MAX_AGE_MS) return { kind: 'lookup', key, bodyHash, refusal: refusal(key, 'checked_at_too_old') };

  const place = await placeOf(check, env);
  if ('status' in place) return { kind: 'refused', refusal: place };
  const rule = await ruleInForceAt(checkedAt);
  const verdict = await judge(check, checkedAt, rule);

  const { summary, ...judged } = verdict;
  const citizen = withHolder(check, summary);
  const row: PassageRow = {
    ...place,
    method: check.method,
    source: check.source,
    evidence: evidenceOf(check),
    ...judged,
    ruleVersion: rule.version,
    checkedAt,
    receivedAt: env.receivedAt,
    localDay: localDateOf(checkedAt),
    localHour: localHourOf(checkedAt),
    idempotencyKey: key,
    bodyHash,
    deviceId: check.deviceId ?? null,
    citizenName: citizen?.name || null,
    birthYear: citizen?.birthYear ?? null,
    phone: citizen?.phone ?? null,
    phoneHash: citizen?.phone ? hashPhone(citizen.phone) : null,
    idNumberHash: citizen?.idNumber ? hashIdNumber(citizen.idNumber) : null,
  };
  return { kind: 'write', key, bodyHash, row, ...(summary ? { certificate: summary } : {}) };
}

/**
 * A citizen who shows their own passport need not type what it says: name and birth year come
 * from the certificate when not given (kept, like typed ones, only for the retention period).
 */
function withHolder(check: ParsedCheck, summary: CertificateSummary | undefined) {
  const citizen = check.citizen;
  if (check.method !== 'citizen_scan' || !summary?.holder) return citizen;
  const year = Number(summary.holder.dateOfBirth.slice(0, 4));
  return {
    ...citizen,
    name: citizen?.name || summary.holder.name || undefined,
    birthYear: citizen?.birthYear ?? (year >= 1900 ? year : undefined),
  };
}

async function placeOf(check: ParsedCheck, env: PrepareEnv) {
  const key = check.idempotencyKey;
  if (check.method === 'citizen_scan') {
    const poster = await env.resolvePoster(check.posterToken!);
    if (!poster.ok) return refusal(key, `poster_${poster.reason}`);
    if (poster.checkpoint.status !== 'active') return refusal(key, 'checkpoint_not_accepting');
    return { checkpointId: poster.checkpoint.id, districtCode: poster.checkpoint.districtCode, officerId: null };
  }
  const actor = await env.actor();
  if (!actor) return refusal(key, 'unauthenticated');
  if (!can(actor, 'passages.record', { checkpointId: check.checkpointId! })) return refusal(key, 'forbidden');
  // An officer's queued checks land even if the checkpoint was paused meanwhile: they happened.
  const facts = await checkpointFacts(check.checkpointId!);
  if (!facts) return refusal(key, 'checkpoint_unknown');
  return { checkpointId: facts.id, districtCode: facts.districtCode, officerId: actor.id };
}

async function judge(check: ParsedCheck, checkedAt: Date, rule: VerificationRule) {
  const declared = { vaccine: check.vaccine ?? null, doses: check.doses ?? null, lastDoseOn: check.lastDoseOn ?? null };
  if (check.hc1) {
    const judged = await judgeCertificate(check.hc1, checkedAt, rule);
    return { result: judged.result, vaccine: judged.vaccine, doses: judged.doses, lastDoseOn: judged.lastDoseOn, summary: judged.summary };
  }
  // Nothing shown: nothing could be checked, whatever was said.
  const result: PassageResult = check.source === 'none' ? 'unverified' : judgeVaccination({ ...declared, checkedAt }, rule);
  return { result, ...declared, summary: undefined };
}

function evidenceOf(check: ParsedCheck): PassageEvidence {
  if (check.method === 'direct') return 'officer_seen';
  if (check.method === 'officer_scan' || check.hc1) return 'certificate_checked';
  return 'self_declared';
}

function invalid(raw: unknown, error: z.ZodError): Refusal {
  const candidate = (raw as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  const key = typeof candidate === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(candidate) ? candidate : null;
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join('.') || '_'] ??= []).push(issue.message);
  const messages = [...new Set(error.issues.map((i) => i.message))].slice(0, 3).join(' ');
  return refusal(key, 'invalid_input', `Dữ liệu lượt kiểm tra chưa hợp lệ: ${messages}`, fields);
}
