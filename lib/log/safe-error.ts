import { scrubText } from './scrub-text';

/** What a log line may say about an error: never its bound parameters, row details or input. */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  sql?: string;
  table?: string;
  column?: string;
  constraint?: string;
  stack?: string[];
  cause?: SafeError;
}

const MAX_DEPTH = 3;
const FRAMES = 8;

/**
 * A database error keeps its SQLSTATE, the failing statement (placeholders, no values) and the
 * schema names it points at; its `detail`, `where`, `parameters` and `params` (which hold the
 * row's values: names, phones, birth years) are left out, and so is anything a message appends
 * after "params:". The stack keeps only its frames, because its first line repeats the message.
 */
export function safeError(error: unknown, depth = 0, parentSql?: string): SafeError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: typeof error === 'string' ? scrubText(error).slice(0, 500) : '[non-error value]' };
  }
  const e = error as Error & Record<string, unknown>;
  // drizzle's DrizzleQueryError keeps the name "Error", and a production build minifies class names.
  const type = e.name && e.name !== 'Error' ? e.name : typeof e.query === 'string' && 'params' in e ? 'DrizzleQueryError' : 'Error';
  const out: SafeError = { type, message: messageOf(e) };
  const code = e.code ?? (e.cause as Record<string, unknown> | undefined)?.code;
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  const sql = typeof e.query === 'string' ? sqlText(e.query) : undefined;
  if (sql && sql !== parentSql) out.sql = sql;
  for (const [key, names] of [['table', ['table', 'table_name']], ['column', ['column', 'column_name']], ['constraint', ['constraint', 'constraint_name']]] as const) {
    const value = names.map((n) => e[n]).find((v) => typeof v === 'string');
    if (value) out[key] = value as string;
  }
  const frames = String(e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, FRAMES).map((line) => line.trim());
  if (frames.length) out.stack = frames;
  if (e.cause !== undefined && depth < MAX_DEPTH) out.cause = safeError(e.cause, depth + 1, sql ?? parentSql);
  return out;
}

function messageOf(e: Error & Record<string, unknown>): string {
  // drizzle: "Failed query: <sql>\nparams: <values>"; the SQL is reported apart, the values never.
  let message = String(e.message ?? '').split(/\n\s*(?:params|parameters):/i)[0];
  if (typeof e.query === 'string') message = message.replace(/^(Failed query):[\s\S]*/, '$1');
  // PostgreSQL quotes the offending value at the end: `invalid input syntax for type integer: "…"`.
  if (isSqlState(e.code)) message = message.replace(/: "(?:[^"]|"")*"/g, ': [redacted]');
  return scrubText(message).slice(0, 500);
}

function sqlText(query: string): string {
  const oneLine = query.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\s+/g, ' ').trim();
  return scrubText(oneLine).slice(0, 1000);
}

const isSqlState = (code: unknown) => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
