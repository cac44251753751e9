import { foldVietnamese } from '@/lib/text/fold';
import { districtName } from '@/lib/geo/districts';
import { findCommune, findDistrict } from '@/lib/geo/lookup';
import { createCheckpointSchema, type CheckpointInput } from '../schema';
import type { CheckpointRow } from '../load';
import type { CheckpointStatus } from '../labels';
import { CSV_COLUMNS, parseApps, parseKind, parseStatus, parseYesNo, type CsvKey } from './columns';

export interface ImportRow {
  input: CheckpointInput;
  status?: CheckpointStatus;
  /** The checkpoint this row updates (its "Số hiệu"), or none for a new one. */
  target?: CheckpointRow;
}

interface Context {
  byNumber: Map<number, CheckpointRow>;
  existing: CheckpointRow[];
  earlier: ImportRow[];
}

const SCHEMA_COLUMN: Record<string, CsvKey> = { districtCode: 'district', communeCode: 'commune' };
const headerOf = (key: CsvKey) => CSV_COLUMNS.find((c) => c.key === key)!.header;

/** A row's cells to a checked CheckpointInput, or every reason the row is wrong. */
export function rowToInput(columns: (CsvKey | null)[], cells: string[], ctx: Context): { ok: true; row: ImportRow } | { ok: false; errors: string[] } {
  const cell = new Map<CsvKey, string>();
  columns.forEach((key, i) => key && cell.set(key, (cells[i] ?? '').trim()));
  const errors: string[] = [];
  // Fields already explained by a message of our own, so zod's generic one is not added.
  const flagged = new Set<string>();
  const fail = (field: string, message: string) => {
    flagged.add(field);
    errors.push(message);
  };
  const given = (key: CsvKey) => cell.has(key) && cell.get(key) !== '';

  let target: CheckpointRow | undefined;
  if (given('number')) {
    const number = Number(cell.get('number'));
    target = Number.isInteger(number) ? ctx.byNumber.get(number) : undefined;
    if (!target) errors.push(`không có chốt số hiệu "${cell.get('number')}" trong phạm vi bạn quản lý (để trống số hiệu để thêm chốt mới).`);
    else if (ctx.earlier.some((r) => r.target?.id === target!.id)) errors.push(`số hiệu ${number} đã xuất hiện ở dòng trên.`);
  }

  // Columns absent from the file keep the checkpoint's current value on update.
  const raw: Record<string, unknown> = target
    ? { ...target, communeCode: target.communeCode ?? undefined, latitude: target.latitude ?? undefined, longitude: target.longitude ?? undefined }
    : {};
  const set = (key: CsvKey, apply: (value: string) => void) => cell.has(key) && apply(cell.get(key)!);

  set('kind', (v) => {
    raw.kind = parseKind(v);
    if (v && !raw.kind) fail('kind', `loại "${v}" không hợp lệ: ghi "Chốt kiểm soát" hoặc "Tổ tuần tra".`);
  });
  set('name', (v) => (raw.name = v));
  set('district', (v) => {
    raw.districtCode = findDistrict(v)?.code;
    if (v && !raw.districtCode) fail('districtCode', `không có huyện, thị xã, thành phố "${v}" trong tỉnh Quảng Ngãi.`);
  });
  set('commune', (v) => {
    raw.communeCode = v && typeof raw.districtCode === 'string' ? findCommune(raw.districtCode, v)?.code : undefined;
    if (v && raw.districtCode && !raw.communeCode) fail('communeCode', `không có xã, phường "${v}" thuộc ${districtName(raw.districtCode as string)}.`);
  });
  for (const key of ['address', 'latitude', 'longitude', 'responsibleUnit', 'phone', 'smartphoneCount', 'shiftNotes'] as const) set(key, (v) => (raw[key] = v));
  set('hasMobileData', (v) => {
    raw.hasMobileData = parseYesNo(v);
    if (raw.hasMobileData === undefined) fail('hasMobileData', `cột "Kết nối 3G/4G" ghi "Có" hoặc "Không", không phải "${v}".`);
  });
  set('installedApps', (v) => {
    const { apps, unknown } = parseApps(v);
    raw.installedApps = apps;
    if (unknown.length) fail('installedApps', `không nhận ra ứng dụng ${unknown.map((u) => `"${u}"`).join(', ')} (chỉ nhận Bluezone, PC-Covid, Sổ sức khỏe điện tử).`);
  });
  let status: CheckpointStatus | undefined;
  set('status', (v) => {
    status = v ? parseStatus(v) : undefined;
    if (v && !status) errors.push(`trạng thái "${v}" không hợp lệ: ghi "Đang hoạt động", "Tạm dừng" hoặc "Đã đóng".`);
  });

  const parsed = createCheckpointSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (flagged.has(field)) continue;
      const key = (SCHEMA_COLUMN[field] ?? field) as CsvKey;
      const column = CSV_COLUMNS.some((c) => c.key === key) ? `cột "${headerOf(key)}": ` : '';
      errors.push(`${column}${issue.message}`);
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors };

  const input = parsed.data;
  const name = foldVietnamese(input.name);
  const twin = ctx.existing.find((c) => c.id !== target?.id && c.districtCode === input.districtCode && foldVietnamese(c.name) === name);
  if (twin) return { ok: false, errors: [`${districtName(input.districtCode)} đã có chốt "${twin.name}" (số hiệu ${twin.number}); ghi số hiệu đó để cập nhật thay vì thêm trùng.`] };
  if (ctx.earlier.some((r) => r.input.districtCode === input.districtCode && foldVietnamese(r.input.name) === name)) {
    return { ok: false, errors: [`tên chốt "${input.name}" lặp lại ở dòng trên trong cùng huyện.`] };
  }
  return { ok: true, row: { input, status, target } };
}
