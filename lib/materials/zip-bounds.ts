import { Unzip, UnzipInflate } from 'fflate';

// A DOCX or XLSX is a ZIP that Word, Excel or a previewer inflates in full. Within 20 MB a
// "zip bomb" can hold gigabytes, so every entry is inflated here, in 64 KB steps, counting
// bytes and entries, and the count stops at the bound: the bomb is never held in memory.
export const ZIP_BOUNDS = { entries: 2_000, inflatedBytes: 50 * 1024 * 1024 };

export type ZipCheck = { ok: true; entries: number; inflatedBytes: number } | { ok: false; reason: 'entries' | 'size' | 'corrupt' };

export function checkZipBounds(bytes: Uint8Array, bounds = ZIP_BOUNDS): ZipCheck {
  let entries = 0;
  let inflatedBytes = 0;
  let failure: 'entries' | 'size' | 'corrupt' | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > bounds.entries) {
      failure = 'entries';
      return;
    }
    file.ondata = (error, chunk) => {
      if (error) failure ??= 'corrupt';
      else if ((inflatedBytes += chunk.length) > bounds.inflatedBytes) {
        failure ??= 'size';
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += 65_536) unzip.push(bytes.subarray(at, at + 65_536), at + 65_536 >= bytes.length);
  } catch {
    failure ??= 'corrupt';
  }
  return failure ? { ok: false, reason: failure } : { ok: true, entries, inflatedBytes };
}
