import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import crypto from 'node:crypto';
import type { ByteRange, FileStorage } from './types';
import { assertStorageKey } from './keys';

/** Files in a local folder, fanned out by the key's first two characters. */
export function localStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    name: `local:${root}`,
    async put(key, data) {
      const target = pathOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees half a file, a crash leaves only a temp file.
      const temp = `${target}.${crypto.randomBytes(4).toString('hex')}.part`;
      await fs.promises.writeFile(temp, data, { flag: 'wx', mode: 0o640 });
      await fs.promises.rename(temp, target);
    },
    async read(key, range?: ByteRange) {
      const stream = fs.createReadStream(pathOf(key), range ? { start: range.start, end: range.end } : {});
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async size(key) {
      try {
        return (await fs.promises.stat(pathOf(key))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      await fs.promises.rm(pathOf(key), { force: true });
    },
  };
}
