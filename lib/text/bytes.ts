/** File size for people: "850 KB", "2,4 MB" (Vietnamese decimal comma) or "2.4 MB" in English. */
export function formatBytes(bytes: number | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (bytes == null) return '';
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
