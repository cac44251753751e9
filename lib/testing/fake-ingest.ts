import type { CheckInput, IngestOutcome } from '@/lib/checks/types';
import type { BatchAnswer, CheckTransport, SingleAnswer } from '@/lib/console/queue-types';

/**
 * An in-memory ingest endpoint for queue tests: idempotent by key like the real one, with knobs
 * to lose answers after committing, to refuse some items and to refuse whole batches.
 */
export function fakeIngest(options: {
  /** Probability that the answer is lost after the items were committed. */
  dropAfterCommit?: () => boolean;
  refuse?: (input: CheckInput) => string | null;
  rejectBatches?: boolean;
  /** Leaves these keys out of an otherwise good answer. */
  omit?: (input: CheckInput) => boolean;
} = {}) {
  const passages = new Map<string, number>();
  const batchSizes: number[] = [];
  const sentKeys: string[][] = [];
  let nextId = 1;

  function ingest(input: CheckInput): IngestOutcome {
    const reason = options.refuse?.(input);
    if (reason) return { status: 'refused', idempotencyKey: input.idempotencyKey, reason, message: `Từ chối: ${reason}` };
    const existing = passages.get(input.idempotencyKey);
    const id = existing ?? nextId++;
    if (!existing) passages.set(input.idempotencyKey, id);
    const passage = {
      id, result: 'valid' as const, ruleVersion: 1, checkpointId: input.checkpointId ?? '', checkedAt: input.checkedAt,
      evidence: 'officer_seen' as const, method: input.method, source: input.source,
    };
    return { status: existing ? 'duplicate' : 'stored', idempotencyKey: input.idempotencyKey, passage };
  }

  const transport: CheckTransport = {
    async sendBatch(inputs): Promise<BatchAnswer> {
      batchSizes.push(inputs.length);
      sentKeys.push(inputs.map((i) => i.idempotencyKey));
      if (options.rejectBatches) return { kind: 'rejected', problem: 'gói bị từ chối' };
      const results = inputs.map(ingest);
      if (options.dropAfterCommit?.()) return { kind: 'no_answer', problem: 'mất kết nối' };
      return { kind: 'answered', results: results.filter((_, i) => !options.omit?.(inputs[i])) };
    },
    async sendOne(input): Promise<SingleAnswer> {
      sentKeys.push([input.idempotencyKey]);
      const outcome = ingest(input);
      if (options.dropAfterCommit?.()) return { kind: 'no_answer', problem: 'mất kết nối' };
      return { kind: 'answered', outcome };
    },
  };
  return { transport, passages, batchSizes, sentKeys };
}
