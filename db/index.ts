import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { databaseConfig } from './config';
import { retryOnConflict } from './retry';
import { lockFolder } from './folder-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A function that writes can run inside a caller's transaction or on its own. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: the connection string, for work that needs its own connection. */
  url?: string;
  db: Db;
  close(): Promise<void>;
}

// Next loads this module several times in one server process (per bundle layer); one handle on
// globalThis keeps one PGlite instance or one postgres.js pool per process.
const store = globalThis as typeof globalThis & { __qnDatabase?: DatabaseHandle };

async function createHandle(options: OpenOptions): Promise<DatabaseHandle> {
  const config = databaseConfig();
  const url = options.url ?? config.url;
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, {
      max: config.poolMax,
      onnotice: () => {},
      connect_timeout: config.connectTimeoutS,
      connection: config.statementTimeoutMs ? { statement_timeout: config.statementTimeoutMs } : {},
    });
    const db = withRetriedTransactions(drizzle(client, { schema }) as unknown as Db);
    return { kind: 'postgres', url, db, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (options.loadDataDir) {
    // In memory: nothing on disk to share, so nothing to lock.
    const client = await PGlite.create({ loadDataDir: options.loadDataDir });
    return { kind: 'pglite', db: withRetriedTransactions(drizzle(client, { schema }) as unknown as Db), close: () => client.close() };
  }
  const dir = options.pgliteDir ?? config.pgliteDir;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // Before PGlite touches the folder: a second process would corrupt it (see folder-lock).
  const lock = await lockFolder(dir);
  try {
    const client = await PGlite.create(dir);
    const close = async () => {
      try {
        await client.close();
      } finally {
        await lock.release();
      }
    };
    return { kind: 'pglite', db: withRetriedTransactions(drizzle(client, { schema }) as unknown as Db), close };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Every `db.transaction(…)` of the process goes through retryOnConflict, so no write path can
 * forget it: a transaction PostgreSQL aborted as a deadlock victim or serialization failure is
 * run again (nested `tx.transaction` savepoints are not, their outer transaction is).
 */
function withRetriedTransactions(db: Db): Db {
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) => retryOnConflict(() => transaction(work, config))) as Db['transaction'];
  return db;
}

export interface OpenOptions {
  url?: string;
  pgliteDir?: string;
  /** A dumped PGlite data dir (tests start from one migrated template in about half a second). */
  loadDataDir?: Blob;
}

/** Opens the process's database (idempotent). Migration happens in db/bootstrap. */
export async function connectDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (!store.__qnDatabase) store.__qnDatabase = await createHandle(options);
  return store.__qnDatabase;
}

/** The process's database; instrumentation.ts (or a script's bootstrap) has opened it. */
export function getDb(): Db {
  const handle = store.__qnDatabase;
  if (!handle) throw new Error('Database is not open: call openDatabase() from db/bootstrap first');
  return handle.db;
}

export function databaseKind(): DatabaseHandle['kind'] | undefined {
  return store.__qnDatabase?.kind;
}

export async function closeDatabase(): Promise<void> {
  const handle = store.__qnDatabase;
  store.__qnDatabase = undefined;
  await handle?.close();
}

export { schema };
