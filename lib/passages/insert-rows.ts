import 'server-only';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';
import { passages } from '@/db/schema';
import { rowsOf } from './aggregate-check';
import { aggregateCtes } from './aggregate-order';
import type { PassageRow } from './prepare-check';

// The columns ingest writes, in a fixed order; names and SQL types come from the schema.
const FIELDS = [
  'checkpointId', 'districtCode', 'method', 'source', 'evidence', 'result', 'vaccine', 'doses', 'lastDoseOn', 'ruleVersion',
  'checkedAt', 'receivedAt', 'localDay', 'localHour', 'idempotencyKey', 'bodyHash', 'officerId', 'deviceId', 'citizenName',
  'birthYear', 'phone', 'phoneHash', 'idNumberHash',
] as const satisfies readonly (keyof PassageRow)[];
const columns = getTableColumns(passages);
/** The passage columns ingest writes, in FIELDS order. */
export const passageColumnNames = FIELDS.map((f) => columns[f].name);
const names = sql.raw(FIELDS.map((f) => `"${columns[f].name}"`).join(', '));
// Each row travels as a JSON array of its values in FIELDS order, read back by position.
const values = sql.raw(FIELDS.map((f, i) => `(r->>${i})::${columns[f].getSQLType()}`).join(', '));
const DIMS = 'checkpoint_id, district_code, method, source, evidence, result';

/**
 * Stores new passages (keys already stored are skipped) and adds exactly those to the daily and
 * hourly aggregates and the statistics rollups, in ONE statement, and answers the new ids by key.
 *
 * Why one statement and not insert + applyAggregateDeltas in a transaction: every check at a
 * checkpoint in the same hour updates the same aggregate rows, so their row locks serialise
 * ingest; in a multi-statement transaction the lock is held until the Node event loop gets round
 * to sending COMMIT, which under load (100-check batches being validated) took hundreds of
 * milliseconds. Here it is held only while PostgreSQL runs the statement. The aggregate rows are
 * taken in the one global order of aggregate-order.ts (the same SQL voids use), so ingest and
 * voids cannot deadlock. The rows travel as one JSON parameter (typed text, so no driver
 * re-encodes it), because drizzle's insert builder checking every value was most of a batch's CPU
 * time. The property test checks every path against the raw passages.
 */
export async function insertPassagesCounted(db: Executor, rows: PassageRow[]): Promise<Map<string, number>> {
  const result = await executeNamed(db, INGEST_STATEMENT, rowsJson(rows));
  return new Map(rowsOf<{ id: string | number; idempotency_key: string }>(result).map((r) => [r.idempotency_key, Number(r.id)]));
}

/**
 * Every batch sends the same text (its rows are one parameter), so on PostgreSQL the statement is
 * named and prepared once per connection: `db.execute` sends it unnamed, which costs postgres.js a
 * Parse/Describe round trip before each run and PostgreSQL a fresh parse and plan of the whole
 * CTE per batch. (PGlite ignores the name.) The benchmark's baseline prepares it the same way.
 */
export const INGEST_STATEMENT = 'qn_ingest_passages';

// Its text, written out by drizzle once rather than for every check-in (~20 µs each time).
let ingestText: string | undefined;

function executeNamed(db: Executor, name: string, json: string) {
  // drizzle's own path for a named query (its query builders' `.prepare(name)`), for raw SQL.
  const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
  ingestText ??= dialect.sqlToQuery(ingestStatement('[]')).sql;
  return session.prepareQuery({ sql: ingestText, params: [json] }, undefined, name, false).execute();
}

/**
 * The statement itself (also issued directly by the benchmark's baseline). Rows as arrays, not
 * objects: `jsonb_to_recordset` over named fields cost PostgreSQL ~2.8 ms per 100 rows against
 * ~0.4 ms for `jsonb_array_elements` read by position, and the text is 40 % shorter. JSON.stringify
 * of plain arrays is also the fast path: with a key filter it built a fragmented string that
 * postgres.js then had to flatten to measure (~0.9 ms per batch on the server's thread).
 */
export function insertPassagesStatement(rows: PassageRow[]): SQL {
  return ingestStatement(rowsJson(rows));
}

/** The statement around its one parameter, the rows' JSON. */
function ingestStatement(json: string): SQL {
  return countedInsertStatement(names, sql`select ${values} from jsonb_array_elements(${json}::text::jsonb) as r`);
}

function rowsJson(rows: PassageRow[]): string {
  // An undefined field becomes null in a JSON array, which ->> reads as SQL null. Dates are
  // written out first: a toJSON call on the way drops JSON.stringify off its fast path.
  return JSON.stringify(rows.map((row) => FIELDS.map((f) => {
    const value = row[f];
    return value instanceof Date ? value.toISOString() : value;
  })));
}

/**
 * The counted insert around any row source: `rowsSelect` yields the `passageColumns` (or other
 * passage columns, in order), and every aggregate and rollup is computed from what was actually
 * stored. The simulator feeds it generated rows, so its counts come from exactly this SQL.
 */
export function countedInsertStatement(passageColumns: SQL, rowsSelect: SQL, final: SQL = sql`select id, idempotency_key from stored`): SQL {
  return sql`
    with stored as (
      insert into passages (${passageColumns})
      ${rowsSelect}
      on conflict (idempotency_key) do nothing
      returning id, idempotency_key, local_day, local_hour, ${sql.raw(DIMS)}
    ), src as (
      select local_day as day, local_hour as hour, ${sql.raw(DIMS)}, 1 as n from stored
    ), ${sql.raw(aggregateCtes())}
    ${final}`;
}
