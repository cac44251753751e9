import 'server-only';
import { and, asc, between, eq, isNull, notInArray, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints, passages } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import { hashIdNumber, hashPhone } from './personal-data';
import { traceSchema, type TraceInput } from './trace-schema';

export const CONTACT_WINDOW_MIN = 30;
const MAX_PASSAGES = 200;

const columns = {
  id: passages.id, checkpointId: passages.checkpointId, checkpointName: checkpoints.name, districtCode: checkpoints.districtCode,
  checkedAt: passages.checkedAt, method: passages.method, source: passages.source, evidence: passages.evidence, result: passages.result,
  citizenName: passages.citizenName, birthYear: passages.birthYear, phone: passages.phone, personalPurgedAt: passages.personalPurgedAt,
};

/**
 * Trace look-up (admin, police): a person's passages by phone or ID number (matched through the
 * keyed hashes) and everyone who passed the same checkpoint within ±30 minutes of each. The stated
 * reason is audited with the subject's keyed hash, never the number itself.
 */
export async function tracePerson(actor: Actor | null, raw: TraceInput) {
  assertCan(actor, 'trace.lookup');
  const input = traceSchema.parse(raw);
  const subjectHash = input.kind === 'phone' ? hashPhone(input.value) : hashIdNumber(input.value);
  const column = input.kind === 'phone' ? passages.phoneHash : passages.idNumberHash;
  return getDb().transaction(async (tx) => {
    const own = await tx
      .select(columns)
      .from(passages)
      .innerJoin(checkpoints, eq(checkpoints.id, passages.checkpointId))
      .where(and(eq(column, subjectHash), isNull(passages.voidedAt)))
      .orderBy(asc(passages.checkedAt))
      .limit(MAX_PASSAGES);
    const windowMs = CONTACT_WINDOW_MIN * 60_000;
    const nearby = own.map((p) => and(
      eq(passages.checkpointId, p.checkpointId),
      between(passages.checkedAt, new Date(p.checkedAt.getTime() - windowMs), new Date(p.checkedAt.getTime() + windowMs)),
    ));
    const found = own.length
      ? await tx
          .select({ ...columns, hash: column })
          .from(passages)
          .innerJoin(checkpoints, eq(checkpoints.id, passages.checkpointId))
          .where(and(or(...nearby), isNull(passages.voidedAt), notInArray(passages.id, own.map((p) => p.id))))
          .orderBy(asc(passages.checkedAt))
      : [];
    // Someone else: not the subject's own (a passage with the subject's hash is theirs too).
    const contacts = found
      .filter((c) => c.hash !== subjectHash)
      .map(({ hash: _hash, ...c }) => ({
        ...c,
        seenWith: own.find((p) => p.checkpointId === c.checkpointId && Math.abs(p.checkedAt.getTime() - c.checkedAt.getTime()) <= windowMs)!.id,
      }));
    await recordAudit(tx, actor, {
      action: 'trace.lookup', entityType: 'person', entityId: null,
      after: { kind: input.kind, subjectHash, reason: input.reason, passages: own.length, contacts: contacts.length },
    });
    return { passages: own, contacts };
  });
}
