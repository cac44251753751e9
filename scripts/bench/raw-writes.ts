import type { Sql } from 'postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { insertPassagesStatement } from '../../lib/passages/insert-rows';
import type { passageRow } from './rows';

const dialect = new PgDialect();

/**
 * The batch endpoint's baseline: the very statement ingest issues for a batch (passages and their
 * aggregates), sent straight through postgres.js with no HTTP, validation or judging.
 */
export async function writeRawBatch(sql: Sql, rows: ReturnType<typeof passageRow>[]): Promise<number> {
  const sorted = [...rows].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
  const receivedAt = new Date();
  const statement = insertPassagesStatement(sorted.map((r) => ({ ...r, checkedAt: new Date(r.checkedAt), receivedAt })));
  const query = dialect.sqlToQuery(statement);
  // Prepared as ingest prepares it (lib/passages/insert-rows.ts), so both sides pay the same.
  const stored = await sql.unsafe(query.sql, query.params as never[], { prepare: true });
  return stored.length;
}
