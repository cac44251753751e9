import crypto from 'node:crypto';
import { UserInputError } from '@/lib/auth/errors';
import { FILE_TYPES, detectFileType, type FileType } from './file-types';
import { checkUploadName } from './file-name';
import { checkZipBounds, ZIP_BOUNDS } from './zip-bounds';

export interface CheckedUpload {
  bytes: Uint8Array;
  /** The uploader's file name, checked; shown and offered for download, never used as a path. */
  name: string;
  type: FileType;
  mime: string;
  size: number;
  sha256: string;
}

const refuse = (message: string): never => {
  throw new UserInputError(message, { file: [message] });
};

function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/**
 * Everything an upload must pass before a byte is stored: a safe name, a size within the limit
 * of its type, and content that really is that type (magic bytes, and for DOCX/XLSX the parts
 * of the package, inflated within bounds). Refusals are UserInputErrors with a Vietnamese message on the `file` field.
 */
export async function checkUpload(file: File): Promise<CheckedUpload> {
  const named = checkUploadName(file.name);
  if (!named.ok) return refuse(named.message);
  const limits = FILE_TYPES[named.type];
  if (file.size === 0) return refuse(`Tệp “${named.name}” rỗng (0 byte). Hãy chọn đúng tệp.`);
  if (file.size > limits.maxBytes) {
    const weight = megabytes(file.size) === megabytes(limits.maxBytes) ? `hơn ${megabytes(limits.maxBytes)}` : megabytes(file.size);
    return refuse(`Tệp “${named.name}” nặng ${weight}, vượt giới hạn ${megabytes(limits.maxBytes)} cho tệp ${limits.label}. Hãy nén hoặc giảm dung lượng rồi tải lên lại.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = detectFileType(bytes);
  if (detected !== named.type) {
    const found = detected ? `là tệp ${FILE_TYPES[detected].label}` : 'không thuộc loại nào được nhận';
    return refuse(
      `Nội dung tệp “${named.name}” không phải ${limits.label}: tệp có đuôi .${named.extension} nhưng nội dung ${found}. Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPG, MP4 có nội dung đúng với đuôi tệp.`,
    );
  }
  if (detected === 'docx' || detected === 'xlsx') {
    const zip = checkZipBounds(bytes);
    if (!zip.ok) {
      return refuse(zip.reason === 'corrupt'
        ? `Tệp “${named.name}” bị hỏng, không mở được. Hãy lưu lại tệp trong Word/Excel rồi tải lên lại.`
        : `Tệp “${named.name}” khi giải nén vượt giới hạn (${zip.reason === 'size' ? `hơn ${megabytes(ZIP_BOUNDS.inflatedBytes)}` : `hơn ${ZIP_BOUNDS.entries} phần`}), kiểu tệp dùng để làm treo máy người mở. Hãy lưu lại tệp trong Word/Excel rồi tải lên lại.`);
    }
  }
  return {
    bytes,
    name: named.name,
    type: named.type,
    mime: limits.mime,
    size: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  };
}
