import { unzlibSync } from 'fflate';
import { DccError } from './dcc-error';

/** Adler-32 of the inflated data; fflate does not check the zlib trailer, so we do. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 3800, data.length);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * A QR holds at most about 3 KB, so a genuine DCC inflates to far less than this; anything
 * larger is refused as a decompression bomb. Inflating into one reused buffer also spares
 * fflate's per-call 128 KiB growth allocation, which dominated verification time.
 */
const MAX_INFLATED = 64 * 1024;
const scratch = new Uint8Array(MAX_INFLATED);

/** Inflates the zlib stream (RFC 1950) that carries the COSE message; uncompressed data is refused. */
export function inflateZlib(compressed: Uint8Array): Uint8Array {
  if (compressed.length < 6 || (compressed[0] & 0x0f) !== 8 || ((compressed[0] << 8) | compressed[1]) % 31 !== 0) {
    throw new DccError('bad_zlib', 'data does not start with a zlib header');
  }
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(compressed, { out: scratch }).slice();
  } catch (error) {
    throw new DccError('bad_zlib', `inflate failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // fflate stops writing silently at the end of a given buffer, so a full buffer means "too big".
  if (inflated.length >= MAX_INFLATED) throw new DccError('bad_zlib', `inflated data exceeds ${MAX_INFLATED} bytes`);
  const t = compressed.length - 4;
  const expected = ((compressed[t] << 24) | (compressed[t + 1] << 16) | (compressed[t + 2] << 8) | compressed[t + 3]) >>> 0;
  if (adler32(inflated) !== expected) throw new DccError('bad_zlib', 'zlib checksum mismatch');
  return inflated;
}
