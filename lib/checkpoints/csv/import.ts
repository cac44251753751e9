import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { UserInputError } from '@/lib/auth/errors';
import { can, districtScope } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { districtName } from '@/lib/geo/districts';
import { applyStatus, changeCheckpoint, insertCheckpoint } from '../manage';
import type { CheckpointRow } from '../load';
import { CSV_COLUMNS, keyOfHeader, type CsvKey } from './columns';
import { readCsv } from './read';
import { rowToInput, type ImportRow } from './row';

const REQUIRED: CsvKey[] = ['kind', 'name', 'district'];
const headerOf = (key: CsvKey) => CSV_COLUMNS.find((c) => c.key === key)!.header;

function mapHeader(header: string[]): { columns: (CsvKey | null)[]; errors: string[] } {
  const columns = header.map(keyOfHeader);
  const errors: string[] = [];
  const unknown = header.filter((_, i) => columns[i] === undefined);
  if (unknown.length) errors.push(`Dòng 1: không nhận ra cột ${unknown.map((h) => `"${h}"`).join(', ')}. Các cột dùng được: ${CSV_COLUMNS.map((c) => c.header).join(', ')}.`);
  const missing = REQUIRED.filter((k) => !columns.includes(k));
  if (missing.length) errors.push(`Dòng 1: thiếu cột ${missing.map((k) => `"${headerOf(k)}"`).join(', ')}.`);
  const seen = new Set<CsvKey>();
  for (const key of columns) {
    if (key && seen.has(key)) errors.push(`Dòng 1: cột "${headerOf(key)}" xuất hiện hai lần.`);
    if (key) seen.add(key);
  }
  return { columns: columns.map((c) => c ?? null), errors };
}

/**
 * Imports checkpoints from an uploaded CSV: a row with a "Số hiệu" updates that checkpoint, a row
 * without one creates a new checkpoint. Every row is checked first; if any row is wrong nothing
 * is written and each bad row is reported with its line number and reason.
 */
export async function importCheckpointsCsv(actor: Actor | null, bytes: Uint8Array) {
  assertCan(actor, 'checkpoints.manage');
  const file = readCsv(bytes);
  if (!file.ok) throw new UserInputError(file.message);
  const { columns, errors } = mapHeader(file.header);
  if (errors.length) throw new UserInputError('Dòng tiêu đề của tệp chưa đúng, chưa nhập dòng nào.', { rows: errors });

  const db = getDb();
  const scope = districtScope(actor);
  const existing = await db.select().from(checkpoints).where(scope ? eq(checkpoints.districtCode, scope) : undefined);
  const byNumber = new Map(existing.map((c) => [c.number, c]));
  const rows: ImportRow[] = [];
  const rowErrors: string[] = [];
  for (const { line, cells } of file.rows) {
    const result = rowToInput(columns, cells, { byNumber, existing, earlier: rows });
    if (!result.ok) {
      rowErrors.push(...result.errors.map((e) => `Dòng ${line}: ${e}`));
      continue;
    }
    if (!can(actor, 'checkpoints.manage', { districtCode: result.row.input.districtCode })) {
      rowErrors.push(`Dòng ${line}: bạn chỉ quản lý chốt của ${districtName(actor.districtCode)}, không nhập được chốt thuộc ${districtName(result.row.input.districtCode)}.`);
      continue;
    }
    rows.push(result.row);
  }
  if (rowErrors.length) {
    const bad = new Set(rowErrors.map((e) => e.split(':')[0])).size;
    throw new UserInputError(`Tệp có ${bad} dòng lỗi nên chưa nhập dòng nào. Sửa các dòng dưới đây rồi tải lên lại.`, { rows: rowErrors });
  }

  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    const written: { id: string; name: string }[] = [];
    for (const { input, status, target } of rows) {
      let row: CheckpointRow;
      if (target) {
        const [locked] = await tx.select().from(checkpoints).where(eq(checkpoints.id, target.id)).for('update');
        row = await changeCheckpoint(tx, actor, locked, input);
        updated++;
      } else {
        row = await insertCheckpoint(tx, actor, input);
        created++;
      }
      if (status) await applyStatus(tx, actor, row, status);
      written.push({ id: row.id, name: row.name });
    }
    await recordAudit(tx, actor, { action: 'checkpoint.import', entityType: 'checkpoint', districtCode: scope, after: { created, updated } });
    return { created, updated, written };
  });
}
