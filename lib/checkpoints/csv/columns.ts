import { foldVietnamese } from '@/lib/text/fold';
import { communeName, districtName } from '@/lib/geo/districts';
import { APP_LABELS, CHECKPOINT_APPS, KIND_LABELS, STATUS_LABELS, type CheckpointApp, type CheckpointKind, type CheckpointStatus } from '../labels';

// The CSV columns, in export order, with the header people see (Vietnamese) and the spellings
// accepted on import. Export-only columns are ignored when a file is imported back.
export const CSV_COLUMNS = [
  { key: 'number', header: 'Số hiệu', aliases: ['so', 'ma chot'] },
  { key: 'kind', header: 'Loại', aliases: ['loai chot'] },
  { key: 'name', header: 'Tên chốt', aliases: ['ten'] },
  { key: 'district', header: 'Huyện/thị xã/thành phố', aliases: ['huyen', 'ma huyen'] },
  { key: 'commune', header: 'Xã/phường/thị trấn', aliases: ['xa', 'xa/phuong', 'ma xa'] },
  { key: 'address', header: 'Địa chỉ', aliases: [] },
  { key: 'latitude', header: 'Vĩ độ', aliases: ['latitude'] },
  { key: 'longitude', header: 'Kinh độ', aliases: ['longitude'] },
  { key: 'responsibleUnit', header: 'Đơn vị phụ trách', aliases: ['don vi'] },
  { key: 'phone', header: 'Điện thoại', aliases: ['so dien thoai'] },
  { key: 'smartphoneCount', header: 'Số điện thoại thông minh', aliases: ['so dien thoai thong minh', 'dien thoai thong minh'] },
  { key: 'hasMobileData', header: 'Kết nối 3G/4G', aliases: ['3g/4g'] },
  { key: 'installedApps', header: 'Ứng dụng đã cài', aliases: ['ung dung'] },
  { key: 'status', header: 'Trạng thái', aliases: [] },
  { key: 'shiftNotes', header: 'Ghi chú ca trực', aliases: ['ghi chu'] },
] as const;

export const EXPORT_ONLY_HEADERS = ['Phiên bản mã QR', 'Đạt yêu cầu sẵn sàng', 'Số cán bộ được giao'];

export type CsvKey = (typeof CSV_COLUMNS)[number]['key'];

const headerKeys = new Map<string, CsvKey | null>([
  ...CSV_COLUMNS.flatMap((c) => [foldVietnamese(c.header), ...c.aliases].map((h) => [h, c.key] as [string, CsvKey])),
  ...EXPORT_ONLY_HEADERS.map((h) => [foldVietnamese(h), null] as [string, null]),
]);

/** The column a header names, null for an export-only column, undefined when unknown. */
export function keyOfHeader(header: string): CsvKey | null | undefined {
  return headerKeys.get(foldVietnamese(header));
}

const compact = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, '');

const KIND_WORDS: Record<string, CheckpointKind> = { chotkiemsoat: 'fixed', chot: 'fixed', fixed: 'fixed', totuantra: 'patrol', tuantra: 'patrol', patrol: 'patrol' };
const STATUS_WORDS: Record<string, CheckpointStatus> = {
  danghoatdong: 'active', hoatdong: 'active', active: 'active', tamdung: 'paused', paused: 'paused', dadong: 'closed', dong: 'closed', closed: 'closed',
};
const APP_WORDS: Record<string, CheckpointApp> = {
  bluezone: 'bluezone', pccovid: 'pc_covid', sosuckhoedientu: 'health_book', sosuckhoe: 'health_book', healthbook: 'health_book',
};
const YES = new Set(['co', 'x', '1', 'true', 'yes']);
const NO = new Set(['', 'khong', '0', 'false', 'no']);

export const parseKind = (v: string): CheckpointKind | undefined => KIND_WORDS[compact(v)];
export const parseStatus = (v: string): CheckpointStatus | undefined => STATUS_WORDS[compact(v)];
export function parseYesNo(v: string): boolean | undefined {
  const word = compact(v);
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}
/** "Bluezone, PC-Covid" → ['bluezone', 'pc_covid']; an unknown name is returned in `unknown`. */
export function parseApps(v: string): { apps: CheckpointApp[]; unknown: string[] } {
  const parts = v.split(/[,;|/]+/).map((p) => p.trim()).filter(Boolean);
  const apps = parts.map((p) => APP_WORDS[compact(p)]).filter(Boolean);
  return { apps: [...new Set(apps)], unknown: parts.filter((p) => !APP_WORDS[compact(p)]) };
}

export interface ExportRow {
  number: number; kind: CheckpointKind; name: string; districtCode: string; communeCode: string | null;
  address: string | null; latitude: number | null; longitude: number | null; responsibleUnit: string | null;
  phone: string | null; smartphoneCount: number; hasMobileData: boolean; installedApps: string[];
  status: CheckpointStatus; shiftNotes: string | null; posterVersion: number; ready: boolean; officerCount: number;
}

/** One checkpoint as the cells of an export line, in the order of CSV_COLUMNS then EXPORT_ONLY_HEADERS. */
export function exportCells(r: ExportRow): (string | number | null)[] {
  return [
    r.number, KIND_LABELS[r.kind], r.name, districtName(r.districtCode), communeName(r.communeCode), r.address ?? '',
    r.latitude, r.longitude, r.responsibleUnit ?? '', r.phone ?? '', r.smartphoneCount,
    r.hasMobileData ? 'Có' : 'Không', r.installedApps.filter((a): a is CheckpointApp => (CHECKPOINT_APPS as readonly string[]).includes(a)).map((a) => APP_LABELS[a]).join(', '),
    STATUS_LABELS[r.status], r.shiftNotes ?? '', r.posterVersion, r.ready ? 'Có' : 'Không', r.officerCount,
  ];
}

export const EXPORT_HEADERS = [...CSV_COLUMNS.map((c) => c.header), ...EXPORT_ONLY_HEADERS];
