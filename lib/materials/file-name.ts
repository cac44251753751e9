import { hasForbiddenCharacters, withoutBidiControls } from '@/lib/text/clean-text';
import { FILE_TYPES, typeOfExtension, type FileType } from './file-type-list';

// Extensions that make a second, hidden meaning when they sit before the last one
// ("bao-cao.pdf.exe", "anh.php.jpg"). Dots elsewhere stay allowed: "CV 1088 ngày 26.8.2021.pdf".
const KNOWN_EXTENSIONS = new Set([
  ...Object.values(FILE_TYPES).flatMap((t) => t.extensions),
  'doc', 'xls', 'ppt', 'pptx', 'rtf', 'odt', 'ods', 'txt', 'csv', 'zip', 'rar', '7z', 'gif', 'svg', 'webp', 'bmp', 'tif', 'tiff',
  'exe', 'com', 'bat', 'cmd', 'msi', 'scr', 'pif', 'cpl', 'dll', 'jar', 'vbs', 'vbe', 'js', 'mjs', 'jse', 'wsf', 'wsh', 'ps1',
  'sh', 'bash', 'py', 'pl', 'rb', 'php', 'phtml', 'php3', 'php4', 'php5', 'asp', 'aspx', 'jsp', 'cgi', 'htm', 'html', 'xhtml',
  'shtml', 'hta', 'xml', 'swf', 'lnk', 'apk', 'app', 'dmg', 'iso', 'docm', 'xlsm', 'pptm',
]);

const ALLOWED = Object.values(FILE_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`)).join(', ');
const MAX_NAME_LENGTH = 180;

export type NameCheck =
  | { ok: true; name: string; extension: string; type: FileType }
  | { ok: false; message: string };

/**
 * Checks the name an uploader sent. It is kept only as the display and download name, so
 * bidirectional controls are dropped: "anh\u202Egpj.exe" must not read as "anhexe.jpg".
 */
export function checkUploadName(raw: string): NameCheck {
  const name = withoutBidiControls(raw).trim();
  if (!name) return { ok: false, message: 'Tệp chưa có tên. Hãy đặt tên cho tệp rồi tải lên lại.' };
  if (/[\\/]/.test(name) || name.split(/[\\/]/).includes('..') || name.startsWith('..')) {
    return { ok: false, message: `Tên tệp “${name}” không hợp lệ: tên tệp không được chứa đường dẫn (/, \\ hoặc ..). Hãy đổi tên tệp rồi tải lên lại.` };
  }
  if (hasForbiddenCharacters(name) || /[<>:"|?*]/.test(name)) {
    return { ok: false, message: 'Tên tệp chứa ký tự không được phép (ký tự điều khiển hoặc < > : " | ? *). Hãy đổi tên tệp rồi tải lên lại.' };
  }
  if (name.length > MAX_NAME_LENGTH) return { ok: false, message: `Tên tệp quá dài (tối đa ${MAX_NAME_LENGTH} ký tự). Hãy đặt tên ngắn hơn.` };
  const parts = name.split('.');
  const extension = parts.length > 1 ? parts.at(-1)!.toLowerCase() : '';
  const inner = parts.length > 2 ? parts.at(-2)!.toLowerCase().trim() : '';
  if (inner && KNOWN_EXTENSIONS.has(inner)) {
    return {
      ok: false,
      message: `Tên tệp “${name}” có hai đuôi (.${inner}.${extension}), kiểu tên hay dùng để giả dạng tệp. Hãy đổi tên để chỉ còn một đuôi đúng với nội dung (${ALLOWED}), rồi tải lên lại.`,
    };
  }
  const type = typeOfExtension(extension);
  if (!parts.slice(0, -1).join('.').trim() || !type) {
    return { ok: false, message: `Tệp “${name}” không đúng loại được nhận. Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPG, MP4 (đuôi ${ALLOWED}).` };
  }
  return { ok: true, name, extension, type };
}
