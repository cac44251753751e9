import type { DccFailureReason } from './reasons';

/**
 * Thrown by a decoding or checking step; the public functions catch it and turn it into
 * a result, so callers never see exceptions for bad certificates.
 */
export class DccError extends Error {
  readonly reason: DccFailureReason;

  constructor(reason: DccFailureReason, detail: string) {
    super(detail);
    this.name = 'DccError';
    this.reason = reason;
  }
}

/** Runs a step and rewrites any library error into a DccError with the step's reason. */
export function step<T>(reason: DccFailureReason, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DccError) throw error;
    throw new DccError(reason, error instanceof Error ? error.message : String(error));
  }
}
