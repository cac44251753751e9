import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Points the storage module at a temporary folder for this test file (set at import time, before
 * any test stores a file) and lists what is in it, so tests can prove nothing was stored.
 */
export function useTempUploads(): { dir: string; files: () => string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-uploads-'));
  process.env.UPLOADS_DIR = dir;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, files: () => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort() };
}
