import 'server-only';
import path from 'node:path';
import { dataDir } from '@/db/config';
import type { FileStorage } from './types';
import { localStorage } from './local';

export type { FileStorage, ByteRange } from './types';
export { newStorageKey } from './keys';

/** The uploads folder: `UPLOADS_DIR`, else `$DATA_DIR/uploads`. */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR || path.join(dataDir(), 'uploads'));
}

/**
 * The configured storage. `STORAGE_BACKEND=local` (the default) is the only backend shipped;
 * another one implements FileStorage and is chosen here. Read per call, so tests can point
 * UPLOADS_DIR at a temporary folder.
 */
export function getStorage(): FileStorage {
  const backend = process.env.STORAGE_BACKEND || 'local';
  if (backend !== 'local') throw new Error(`Unknown STORAGE_BACKEND "${backend}" (supported: local)`);
  return localStorage(uploadsDir());
}
