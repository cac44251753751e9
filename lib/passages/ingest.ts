import 'server-only';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { prepareChecks, type Prepared } from './prepare-check';
import { findPassagesByKeys, writePassages } from './write-passages';
import { refusal, type IngestOutcome } from './outcome';
import { checkInPosterResolver, type PosterResolver } from './poster-resolution';

export const MAX_BATCH = 100;

export interface IngestContext {
  /** The signed-in actor; asked only when an item uses an officer method. */
  actor: () => Promise<Actor | null>;
  /** Poster token → checkpoint, for citizen check-ins (default: the contract's resolver, cached briefly). */
  resolvePoster?: PosterResolver;
  /** Server time of arrival; checks are bounded against it. */
  receivedAt?: Date;
}

/**
 * Validates, judges (with the rule in force at each check's instant, never the device's verdict)
 * and stores checks with their aggregates. Answers one outcome per item in order, so one bad item
 * never blocks a queue: stored; duplicate (same key, same body: the stored passage); or refused
 * with a reason. The same key never makes two passages, even when retries race.
 */
export async function ingestChecks(items: unknown[], ctx: IngestContext): Promise<IngestOutcome[]> {
  const receivedAt = ctx.receivedAt ?? new Date();
  let actor: Promise<Actor | null> | undefined;
  const env = { receivedAt, resolvePoster: ctx.resolvePoster ?? checkInPosterResolver, actor: () => (actor ??= ctx.actor()) };
  const prepared = await prepareChecks(items, env);

  // The first writable item per key is written; any other item with that key is settled below
  // against what is stored (a repeat inside one batch is a retry like any other).
  const writers = new Map<string, Extract<Prepared, { kind: 'write' }>>();
  for (const p of prepared) if (p.kind === 'write' && !writers.has(p.key)) writers.set(p.key, p);
  const written = await writePassages(getDb(), [...writers.values()].map((p) => p.row));

  const settledByWrite = (p: Prepared) => p.kind === 'write' && writers.get(p.key) === p && written.has(p.key);
  const lookupKeys = [...new Set(prepared.filter((p) => p.kind !== 'refused' && !settledByWrite(p)).map((p) => (p as { key: string }).key))];
  const existing = await findPassagesByKeys(getDb(), lookupKeys);

  return prepared.map((p): IngestOutcome => {
    if (p.kind === 'refused') return p.refusal;
    if (settledByWrite(p)) {
      const outcome = written.get(p.key)!;
      return 'status' in outcome ? outcome : { status: 'stored', idempotencyKey: p.key, passage: outcome, ...certificateOf(p) };
    }
    const found = existing.get(p.key);
    // A purged passage has no body hash left to compare: its key was used, so this is a retry.
    if (found) {
      return found.bodyHash === null || found.bodyHash === p.bodyHash
        ? { status: 'duplicate', idempotencyKey: p.key, passage: found.summary, ...certificateOf(p) }
        : refusal(p.key, 'idempotency_conflict');
    }
    if (p.kind === 'lookup') return p.refusal;
    const first = written.get(p.key);
    return first && 'status' in first ? first : refusal(p.key, 'checkpoint_unknown');
  });
}

// The certificate's display (holder, doses…) goes back to the device that scanned it, never to storage.
const certificateOf = (p: Prepared) => (p.kind === 'write' && p.certificate ? { certificate: p.certificate } : {});
