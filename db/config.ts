import path from 'node:path';

/** Where the process keeps generated secrets, the embedded database and uploads. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? '.data');
}

export function databaseConfig() {
  return {
    url: process.env.DATABASE_URL || undefined,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(dataDir(), 'pglite')),
    poolMax: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // Fail fast during an outage: a request waits at most this long for a connection (postgres.js'
    // own default is 30 s, and requests queued behind it waited up to 47 s) …
    connectTimeoutS: seconds(process.env.DATABASE_CONNECT_TIMEOUT_S, 5),
    // … and a statement runs at most this long on the server (0 = no limit, for bulk scripts).
    statementTimeoutMs: seconds(process.env.DATABASE_STATEMENT_TIMEOUT_S, 20) * 1000,
  };
}

function seconds(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value >= 0 ? value : fallback;
}
