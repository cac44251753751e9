import { logError } from '../lib/log/logger';
import { FolderInUseError } from './folder-lock';

/** Ends a command-line script that failed: a folder in use is said plainly, without a stack. */
export const failScript =
  (tag: string) =>
  (error: unknown): never => {
    if (error instanceof FolderInUseError) console.error(error.message);
    else logError(tag, error);
    process.exit(1);
  };
