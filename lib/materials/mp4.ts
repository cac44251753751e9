// An MP4 (ISO base media file) opens with a `ftyp` box: 4-byte big-endian size, "ftyp", a major
// brand, a minor version, then compatible brands. Only MP4 brands are taken: QuickTime (`qt  `),
// 3GP and HEIF images share the box but not what a browser's <video> plays.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'M4V ', 'MSNV']);

const brandAt = (bytes: Uint8Array, offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));

/** Whether these bytes start like an MP4 file a browser can play (checked by content, not name). */
export function isMp4(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || brandAt(bytes, 4) !== 'ftyp') return false;
  const size = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  // A real ftyp box holds at least its header, major brand and version, and a few dozen brands at most.
  if (size < 16 || size > 256 || size > bytes.length || (size - 16) % 4 !== 0) return false;
  const brands = [brandAt(bytes, 8)];
  for (let at = 16; at < size; at += 4) brands.push(brandAt(bytes, at));
  return brands.some((b) => MP4_BRANDS.has(b));
}
