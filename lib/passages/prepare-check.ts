import 'server-only';
import type { z } from 'zod';
import type { passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { judgeVaccination } from '@/lib/verification/judge';
import type { VerificationRule } from '@/lib/verification/rule';
import type { PosterResolution } from '@/lib/posters/resolve';
import { localDateOf, localHourOf } from '@/lib/verification/local-date';
import { allRuleVersions } from '@/lib/rules/in-force';
import { ruleInForce } from '@/lib/verification/rule';
import type { ParsedCheck } from './check-schema';
import { parseCheck } from './parse-check';
import { hashCheckBody, hashIdNumber, hashPhone } from './personal-data';
import { judgeCertificate } from './certificate';
import type { CertificateSummary } from '@/lib/certificates/verdict';
import { checkpointFacts, type CheckpointFacts } from './checkpoint-facts';
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

/** An item that passed validation and the time bounds: it needs a place and a rule. */
interface Screened { check: ParsedCheck; key: string; bodyHash: string; checkedAt: Date }

/**
 * Validates each item, places it at its checkpoint, and judges it with the rule in force at its
 * instant, in item order. What items share (a poster, the actor, a
 * checkpoint's facts, the rule versions) is looked up once per batch, and the rest runs without
 * awaiting per item (only certificates are verified one by one): a 100-check batch used to cost
 * a dozen promises per item, and a poster or checkpoint lookup per item on every cache expiry.
 * Lookups are made only for items that reach them, as item by item.
 */
export async function prepareChecks(raws: unknown[], env: PrepareEnv): Promise<Prepared[]> {
  const screened = raws.map((raw) => screen(raw, env.receivedAt));
  const ready = screened.filter((s): s is Screened => !('kind' in s));
  const places = await placesOf(ready.map((s) => s.check), env);
  const placed = ready.filter((_, i) => !('status' in places[i]));
  const latest = placed.reduce((max, s) => Math.max(max, s.checkedAt.getTime()), Number.NEGATIVE_INFINITY);
  // One read of the versions, fresh enough for the latest check (hence for every earlier one).
  const rules = placed.length ? await allRuleVersions(new Date(latest)) : [];
  const placeOfItem = new Map(ready.map((s, i) => [s, places[i]]));
  const certificates: Promise<void>[] = [];
  const prepared = screened.map((s, i): Prepared => {
    if ('kind' in s) return s;
    const place = placeOfItem.get(s)!;
    if ('status' in place) return { kind: 'refused', refusal: place };
    const rule = ruleInForce(rules, s.checkedAt) ?? rules[0];
    if (!rule) throw new Error('No verification rule in the database (version 1 is seeded with the reference data)');
    if (!s.check.hc1) return toPrepared(s, place, rule, judgeDeclared(s.check, s.checkedAt, rule), env.receivedAt);
    certificates.push(judgeCertificate(s.check.hc1, s.checkedAt, rule).then((judged) => {
      prepared[i] = toPrepared(s, place, rule, judgedCertificate(judged), env.receivedAt);
    }));
    return { kind: 'refused', refusal: refusal(s.key, 'invalid_input') }; // replaced once verified
  });
  await Promise.all(certificates);
  return prepared;
}

function screen(raw: unknown, receivedAt: Date): Screened | Prepared {
  const parsed = parseCheck.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', refusal: invalid(raw, parsed.error) };
  const check = parsed.data;
  const key = check.idempotencyKey;
  const checkedAt = new Date(check.checkedAt);
  const bodyHash = hashCheckBody(check, checkedAt);
  const ahead = checkedAt.getTime() - receivedAt.getTime();
  if (ahead > MAX_AHEAD_MS) return { kind: 'lookup', key, bodyHash, refusal: refusal(key, 'checked_at_future') };
  if (-ahead > MAX_AGE_MS) return { kind: 'lookup', key, bodyHash, refusal: refusal(key, 'checked_at_too_old') };
  return { check, key, bodyHash, checkedAt };
}

type Place = { checkpointId: string; districtCode: string; officerId: string | null };
type Verdict = { result: PassageResult; vaccine: string | null; doses: number | null; lastDoseOn: string | null; summary?: CertificateSummary };

function toPrepared({ check, key, bodyHash, checkedAt }: Screened, place: Place, rule: VerificationRule, verdict: Verdict, receivedAt: Date): Prepared {
  const citizen = withHolder(check, verdict.summary);
  const row: PassageRow = {
    checkpointId: place.checkpointId,
    districtCode: place.districtCode,
    officerId: place.officerId,
    method: check.method,
    source: check.source,
    evidence: evidenceOf(check),
    result: verdict.result,
    vaccine: verdict.vaccine,
    doses: verdict.doses,
    lastDoseOn: verdict.lastDoseOn,
    ruleVersion: rule.version,
    checkedAt,
    receivedAt,
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
  return { kind: 'write', key, bodyHash, row, ...(verdict.summary ? { certificate: verdict.summary } : {}) };
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

/**
 * Each check's checkpoint (or its refusal), in order. A poster is resolved once per distinct
 * token, the actor asked for once, and a checkpoint's facts read once per distinct checkpoint the
 * actor may record at.
 */
async function placesOf(checks: ParsedCheck[], env: PrepareEnv): Promise<(Place | Refusal)[]> {
  const once = <T>(lookup: (id: string) => Promise<T>) => {
    const seen = new Map<string, Promise<T>>();
    return (id: string) => {
      let found = seen.get(id);
      if (!found) seen.set(id, (found = lookup(id)));
      return found;
    };
  };
  const poster = once(env.resolvePoster);
  const facts = once(checkpointFacts);
  const officerChecks = checks.some((c) => c.method !== 'citizen_scan');
  const actor = officerChecks ? await env.actor() : null;
  const pending = checks.map((check) => {
    if (check.method === 'citizen_scan') return poster(check.posterToken!);
    if (actor && can(actor, 'passages.record', { checkpointId: check.checkpointId! })) return facts(check.checkpointId!);
    return null;
  });
  const found = await Promise.all(pending);
  return checks.map((check, i): Place | Refusal => {
    const key = check.idempotencyKey;
    if (check.method === 'citizen_scan') {
      const resolved = found[i] as PosterResolution;
      if (!resolved.ok) return refusal(key, `poster_${resolved.reason}`);
      if (resolved.checkpoint.status !== 'active') return refusal(key, 'checkpoint_not_accepting');
      return { checkpointId: resolved.checkpoint.id, districtCode: resolved.checkpoint.districtCode, officerId: null };
    }
    if (!actor) return refusal(key, 'unauthenticated');
    if (!can(actor, 'passages.record', { checkpointId: check.checkpointId! })) return refusal(key, 'forbidden');
    // An officer's queued checks land even if the checkpoint was paused meanwhile: they happened.
    const checkpoint = found[i] as CheckpointFacts | null;
    if (!checkpoint) return refusal(key, 'checkpoint_unknown');
    return { checkpointId: checkpoint.id, districtCode: checkpoint.districtCode, officerId: actor.id };
  });
}

function judgedCertificate(judged: Awaited<ReturnType<typeof judgeCertificate>>): Verdict {
  return { result: judged.result, vaccine: judged.vaccine, doses: judged.doses, lastDoseOn: judged.lastDoseOn, summary: judged.summary };
}

function judgeDeclared(check: ParsedCheck, checkedAt: Date, rule: VerificationRule): Verdict {
  const declared = { vaccine: check.vaccine ?? null, doses: check.doses ?? null, lastDoseOn: check.lastDoseOn ?? null };
  // Nothing shown: nothing could be checked, whatever was said.
  const result: PassageResult = check.source === 'none' ? 'unverified' : judgeVaccination({ ...declared, checkedAt }, rule);
  return { result, ...declared };
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
