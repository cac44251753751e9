// "%PDF-" somewhere near the start and "%%EOF" near the end is what an HTML page can carry too.
// A PDF a reader opens starts with its header and ends with a `startxref` offset that points at
// the cross-reference table ("xref") or stream ("12 0 obj"); incremental updates end the same way.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export function hasPdfStructure(bytes: Uint8Array): boolean {
  if (!/^%PDF-[12]\.\d/.test(latin1(bytes.subarray(0, 8)))) return false;
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const ends = [...tail.matchAll(/startxref\s+(\d{1,12})\s+%%EOF/g)];
  const offset = Number(ends.at(-1)?.[1] ?? NaN);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.length) return false;
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(latin1(bytes.subarray(offset, offset + 40)));
}
