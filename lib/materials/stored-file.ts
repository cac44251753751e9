import 'server-only';
import { getStorage, newStorageKey } from '@/lib/storage';
import type { CheckedUpload } from './upload-check';
import { logError } from '@/lib/log/logger';

export interface FileColumns {
  fileKey: string;
  fileName: string;
  fileMime: string;
  fileSize: number;
  fileSha256: string;
}

/** Puts a checked upload under a fresh random key; the row that names it is written after. */
export async function storeUpload(upload: CheckedUpload): Promise<FileColumns> {
  const fileKey = newStorageKey();
  await getStorage().put(fileKey, upload.bytes);
  return { fileKey, fileName: upload.name, fileMime: upload.mime, fileSize: upload.size, fileSha256: upload.sha256 };
}

/** Best effort: a file whose row was never written (or was replaced) must not linger. */
export async function discardStoredFile(key: string | null | undefined): Promise<void> {
  if (!key) return;
  await getStorage().remove(key).catch((error) => logError('materials.discard-stored-file', error));
}
