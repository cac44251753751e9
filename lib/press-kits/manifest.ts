import { toCsv } from '@/lib/text/spreadsheet';
import { formatDate } from '@/lib/text/format';
import { KIND_LABELS, type MaterialKind } from '@/lib/materials/catalog';

export interface ManifestItem {
  kind: MaterialKind;
  title: string;
  documentNumber: string | null;
  issuedOn: string | null;
  issuer: string | null;
  /** The entry's name inside the ZIP, or null for a video link. */
  entryName: string | null;
  size: number | null;
  sha256: string | null;
  link: string;
  /** What an image shows and whom to credit: newsrooms print both under it. */
  caption: string | null;
  credit: string | null;
}

/** The kit's table of contents, so a newsroom can check every file it received. */
export function manifestCsv(items: ManifestItem[]): string {
  return toCsv([
    ['STT', 'Tệp trong ZIP', 'Tiêu đề', 'Loại', 'Số hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Dung lượng (byte)', 'SHA-256', 'Liên kết', 'Chú thích ảnh', 'Nguồn ảnh'],
    ...items.map((m, i) => [
      i + 1, m.entryName ?? '', m.title, KIND_LABELS[m.kind].vi, m.documentNumber ?? '', formatDate(m.issuedOn), m.issuer ?? '',
      m.size ?? '', m.sha256 ?? '', m.link, m.caption ?? '', m.credit ?? '',
    ]),
  ]);
}

/** "01-Tên tệp.pdf": numbered so the ZIP keeps the kit's order and two equal names never clash. */
export function entryName(index: number, fileName: string): string {
  return `${String(index + 1).padStart(2, '0')}-${fileName}`;
}
