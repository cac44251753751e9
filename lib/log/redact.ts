import { isPersonalKey, REDACTED } from './personal-keys';
import { safeError } from './safe-error';
import { scrubText } from './scrub-text';

const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/**
 * A copy of a value fit for a log line: personal keys masked at any depth, errors reduced to
 * their safe fields, and every string scrubbed by shape.
 */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'bigint') return scrubText(String(value));
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (value instanceof Error) return safeError(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof URL) return scrubText(value.pathname);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return '[binary]';
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[deep]';
  // `seen` holds the path from the root only, so an object shared by two branches is logged twice.
  seen.add(value);
  let out: unknown[] | Record<string, unknown>;
  if (Array.isArray(value)) out = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1, seen));
  else {
    out = {};
    for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) out[key] = isPersonalKey(key) ? REDACTED : redact(item, depth + 1, seen);
  }
  seen.delete(value);
  return out;
}
