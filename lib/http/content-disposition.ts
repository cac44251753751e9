/** ASCII stand-in for old clients: Vietnamese letters lose their marks, anything else unsafe becomes _. */
export function asciiFileName(name: string): string {
  const plain = name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
    .trim();
  return plain || 'tep';
}

// RFC 5987 value-chars: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="Cong van.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n.pdf` (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const normalized = name.normalize('NFC');
  return `${kind}; filename="${asciiFileName(normalized)}"; filename*=UTF-8''${encodeRfc5987(normalized)}`;
}
