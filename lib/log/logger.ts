import pino, { type DestinationStream, type Logger } from 'pino';
import { redact } from './redact';
import { safeError } from './safe-error';
import { scrubText } from './scrub-text';

/**
 * The portal's one logger: a JSON line per event on stdout ({level, time, msg, where, err, …}).
 * Whatever reaches it is redacted on the way out, so a careless call cannot leak a citizen's data:
 * errors keep only their safe fields, personal keys are masked, free text is scrubbed.
 */
export function createLogger(destination: DestinationStream = process.stdout): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL || 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redact(bindings) as Record<string, unknown>,
        log: (object) => redact(object) as Record<string, unknown>,
      },
      // Already reduced by `redact`; pino's own serializer would copy every enumerable field back.
      serializers: { err: (err: unknown) => err },
      hooks: {
        logMethod(args, method) {
          const [object, message] = normalise(args);
          if (message) method.call(this, object, message);
          else method.call(this, object);
        },
      },
    },
    destination,
  );
}

/**
 * Any call shape (pino's, or console's: strings, objects and errors in any order) becomes one
 * object and one scrubbed message. pino alone would take an error's raw message, which for a
 * failed query holds its parameters, as the line's message.
 */
function normalise(args: unknown[]): [Record<string, unknown>, string] {
  const object: Record<string, unknown> = {};
  const words: string[] = [];
  const extra: unknown[] = [];
  args.forEach((arg, i) => {
    if (arg instanceof Error && object.err === undefined) object.err = arg;
    else if (i === 0 && arg !== null && typeof arg === 'object' && !(arg instanceof Error)) Object.assign(object, arg);
    else if (arg !== null && typeof arg === 'object') extra.push(arg);
    else if (arg !== undefined) words.push(String(arg));
  });
  if (extra.length) object.extra = extra;
  // Next prints an escaped error as console.error('⨯', error): the error's own (safe) message says more.
  const said = words.join(' ');
  const message = /[\p{L}\p{N}]/u.test(said) || object.err === undefined ? said : safeError(object.err).message;
  return [object, scrubText(message)];
}

export const log: Logger = createLogger();

/** An unexpected error, as one line: where it happened, its code, message and SQL, never its values. */
export function logError(where: string, error: unknown, extra: Record<string, unknown> = {}): void {
  log.error({ where, ...extra, err: error });
}
