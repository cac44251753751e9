import 'server-only';
import { connectDatabase, type DatabaseHandle, type OpenOptions } from './index';
import { migrateDatabase } from './migrate';
import { seedReferenceData } from './reference-data';
import { loadSharedSecrets } from '@/lib/config/shared-secrets';

const store = globalThis as typeof globalThis & { __qnDatabaseReady?: Promise<DatabaseHandle> };

/** Opens, migrates and seeds reference data once per process (server, script or test file). */
export function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  store.__qnDatabaseReady ??= (async () => {
    const handle = await connectDatabase(options);
    await migrateDatabase(handle);
    await seedReferenceData(handle.db);
    // Several processes may share a PostgreSQL; a PGlite folder has one process (and its secrets folder).
    if (handle.kind === 'postgres') await loadSharedSecrets(handle.db);
    return handle;
  })();
  return store.__qnDatabaseReady;
}

export function forgetDatabase(): void {
  store.__qnDatabaseReady = undefined;
}
