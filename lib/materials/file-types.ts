import { unzipSync } from 'fflate';
import type { FileType } from './file-type-list';
import { hasPdfStructure } from './pdf-structure';
import { isMp4 } from './mp4';

export { FILE_TYPES, MAX_UPLOAD_BYTES, ACCEPT_ATTRIBUTE, typeOfExtension, typeOfMime, type FileType } from './file-type-list';

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The type these bytes really are, or null: never trusts a name or a browser-sent MIME type. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (bytes.length < 8) return null;
  if (startsWith(bytes, PNG)) return ascii(bytes.subarray(12, 16)) === 'IHDR' ? 'png' : null;
  if (startsWith(bytes, JPEG)) return 'jpg';
  if (startsWith(bytes, ZIP)) return detectOfficeDocument(bytes);
  if (isMp4(bytes)) return 'mp4';
  if (hasPdfStructure(bytes)) return 'pdf';
  return null;
}

const OFFICE = {
  docx: { part: 'word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xlsx: { part: 'xl/workbook.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
} as const;

// DOCX and XLSX are ZIPs named by their [Content_Types].xml. Only that one small part is
// inflated (a zip bomb stays packed); macro-enabled documents declare other types and fail.
function detectOfficeDocument(bytes: Uint8Array): FileType | null {
  const names = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return file.name === '[Content_Types].xml' && file.originalSize < 512 * 1024;
      },
    });
  } catch {
    return null;
  }
  const manifest = files['[Content_Types].xml'];
  if (!manifest) return null;
  const types = new TextDecoder().decode(manifest);
  for (const kind of ['docx', 'xlsx'] as const) {
    if (names.has(OFFICE[kind].part) && types.includes(`ContentType="${OFFICE[kind].contentType}"`)) return kind;
  }
  return null;
}
