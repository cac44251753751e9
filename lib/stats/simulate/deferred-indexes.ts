import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { rowsOf } from '@/lib/passages/aggregate-check';

interface Definition { kind: 'constraint' | 'index'; tbl: string; name: string; def: string }

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops the tables' secondary indexes, unique and foreign-key constraints (primary keys stay: the
 * aggregate upserts need theirs) and answers the function that recreates them exactly as they
 * were. A bulk load is several times faster this way: each index is then built once by one sort
 * instead of updated row by row, and the checkpoint reference is checked by one join instead of
 * a trigger per row.
 *
 * Only inside a transaction: DROP takes each table's exclusive lock until COMMIT (nothing reads or
 * writes them meanwhile), and if the load fails the rollback brings every index back, so a failed
 * run cannot leave passages without its idempotency key's uniqueness. The definitions are read
 * from the catalog, so a migration adding an index needs no change here.
 */
export async function deferIndexes(tx: Executor, tables: string[]): Promise<() => Promise<void>> {
  const defs = rowsOf<Definition>(await tx.execute(sql`
    with t as (select oid from pg_class where oid = any(${`{${tables.join(',')}}`}::regclass[]))
    select 'constraint' as kind, conrelid::regclass::text as tbl, conname::text as name, pg_get_constraintdef(oid) as def
    from pg_constraint where conrelid in (select oid from t) and contype in ('u', 'f')
    union all
    select 'index', i.indrelid::regclass::text, c.relname::text, pg_get_indexdef(i.indexrelid)
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid in (select oid from t) and not i.indisprimary
      and not exists (select 1 from pg_constraint k where k.conrelid = i.indrelid and k.conindid = i.indexrelid)`));
  const [constraints, indexes] = [defs.filter((d) => d.kind === 'constraint'), defs.filter((d) => d.kind === 'index')];
  for (const d of constraints) await tx.execute(sql.raw(`alter table ${d.tbl} drop constraint ${quoted(d.name)}`));
  for (const d of indexes) await tx.execute(sql.raw(`drop index ${quoted(d.name)}`));
  return async () => {
    for (const d of indexes) await tx.execute(sql.raw(d.def));
    for (const d of constraints) await tx.execute(sql.raw(`alter table ${d.tbl} add constraint ${quoted(d.name)} ${d.def}`));
  };
}
