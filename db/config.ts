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
  };
}
