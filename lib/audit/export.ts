import 'server-only';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { toCsv } from '@/lib/text/spreadsheet';
import { formatDateTime, localDay } from '@/lib/text/format';
import { changesAsText } from './describe';
import type { AuditFilters } from './filters';
import { readAuditEntries } from './list';

// A spreadsheet stays usable and the request short; narrow the filters for older entries.
export const AUDIT_EXPORT_LIMIT = 10_000;

/** The filtered log, newest first, in the same words as the page. */
export async function exportAuditCsv(actor: Actor | null, filters: AuditFilters, now = new Date()) {
  assertCan(actor, 'audit.view');
  const entries = await readAuditEntries(actor, { ...filters, page: undefined }, AUDIT_EXPORT_LIMIT);
  const csv = toCsv([
    ['Thời điểm', 'Người thực hiện', 'Địa chỉ IP', 'Thao tác', 'Loại đối tượng', 'Đối tượng', 'Thay đổi'],
    ...entries.map((e) => [formatDateTime(e.createdAt), e.actor, e.ip, e.actionLabel, e.entityLabel, e.object.name, changesAsText(e.changes)]),
  ]);
  return { csv, fileName: `Nhật ký thao tác ${localDay(now)}.csv`, rows: entries.length };
}
