import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { APP_LABELS, KIND_LABELS as CHECKPOINT_KIND_LABELS, STATUS_LABELS as CHECKPOINT_STATUS_LABELS } from '@/lib/checkpoints/labels';
import { AUDIENCE_LABELS, KIND_LABELS as MATERIAL_KIND_LABELS, LANGUAGE_LABELS, STATUS_LABELS as MATERIAL_STATUS_LABELS, TOPIC_LABELS } from '@/lib/materials/catalog';
import { CONFIRMED_VIA_LABELS } from '@/lib/letters/status';
import { EVIDENCE_LABELS, METHOD_LABELS, RESULT_LABELS, SOURCE_LABELS } from '@/lib/stats/display';
import { communeName, districtName } from '@/lib/geo/districts';
import { formatBytes } from '@/lib/text/bytes';
import { formatDate, formatDateTime } from '@/lib/text/format';
import { HIDDEN_FIELDS, fieldLabel, fieldOrder } from './vocabulary';

export interface AuditChange {
  field: string;
  label: string;
  /** Absent when the field did not exist before (a creation) or after (a deletion). */
  before?: string;
  after?: string;
}

export const EMPTY_VALUE = '(trống)';

const vi = <K extends string>(labels: Record<K, { vi: string }>) =>
  Object.fromEntries(Object.entries<{ vi: string }>(labels).map(([k, v]) => [k, v.vi])) as Record<string, string>;

const CONTACT_KINDS: Record<string, string> = { agency: 'Cơ quan, đơn vị', person: 'Cá nhân' };
const POSTER_FORMATS: Record<string, string> = { pdf: 'Một tệp PDF', zip: 'Tệp ZIP' };

// Per field (and, for `kind`/`status`, per object type): which vocabulary turns a code into words.
function vocabularyFor(entityType: string, field: string): Record<string, string> | undefined {
  if (field === 'kind') return entityType === 'checkpoint' ? CHECKPOINT_KIND_LABELS : entityType === 'contact' ? CONTACT_KINDS : vi(MATERIAL_KIND_LABELS);
  if (field === 'status') return entityType === 'checkpoint' ? CHECKPOINT_STATUS_LABELS : MATERIAL_STATUS_LABELS;
  const byField: Record<string, Record<string, string>> = {
    role: ROLE_LABELS as Record<Role, string>, installedApps: APP_LABELS, audiences: vi(AUDIENCE_LABELS), topics: vi(TOPIC_LABELS),
    language: vi(LANGUAGE_LABELS), via: CONFIRMED_VIA_LABELS, method: METHOD_LABELS, source: SOURCE_LABELS,
    evidence: EVIDENCE_LABELS, result: RESULT_LABELS, format: POSTER_FORMATS,
  };
  return byField[field];
}

/**
 * One recorded value in words: codes become their labels, districts and communes their names,
 * instants `HH:mm dd/MM/yyyy`, ids the name of what they point to (`names`), yes/no for flags.
 */
export function formatAuditValue(entityType: string, field: string, value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY_VALUE;
  if (Array.isArray(value)) return value.map((v) => formatAuditValue(entityType, field, v, names)).join(', ');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (field === 'districtCode') return districtName(String(value)) || String(value);
  if (field === 'communeCode') return communeName(String(value)) || String(value);
  if (field === 'fileSize' && typeof value === 'number') return formatBytes(value);
  const words = vocabularyFor(entityType, field);
  if (words && typeof value === 'string' && words[value]) return words[value];
  if (typeof value === 'number') return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(value);
  if (typeof value === 'string') {
    if (names.has(value)) return names.get(value)!;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return value;
  }
  return JSON.stringify(value);
}

/** The fields a write changed, labelled as on the forms, before → after in words. */
export function describeChanges(entityType: string, before: unknown, after: unknown, names?: ReadonlyMap<string, string>): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN_FIELDS.has(k));
  const changes: AuditChange[] = [];
  for (const field of keys) {
    const inBefore = b !== null && field in b;
    const inAfter = a !== null && field in a;
    if (inBefore && inAfter && JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    // A creation lists what was filled in; empty fields say nothing.
    if (!inBefore && isEmpty(a?.[field])) continue;
    if (!inAfter && isEmpty(b?.[field])) continue;
    changes.push({
      field,
      label: fieldLabel(entityType, field),
      ...(inBefore ? { before: formatAuditValue(entityType, field, b![field], names) } : {}),
      ...(inAfter ? { after: formatAuditValue(entityType, field, a![field], names) } : {}),
    });
  }
  return changes.sort((x, y) => fieldOrder(x.field) - fieldOrder(y.field));
}

/** One line per change for a CSV cell: "Trạng thái: Đang hoạt động → Tạm dừng". */
export function changesAsText(changes: AuditChange[]): string {
  return changes
    .map((c) => `${c.label}: ${[c.before, c.after].filter((v) => v !== undefined).join(' → ')}`)
    .join('\n');
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
