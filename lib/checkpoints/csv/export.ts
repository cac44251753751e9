import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpointOfficers, checkpoints } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { toCsv } from '@/lib/text/spreadsheet';
import { checkpointConditions, readySql, type CheckpointFilters } from '../queries';
import { CSV_COLUMNS, EXPORT_HEADERS, exportCells } from './columns';

/**
 * The checkpoints the actor sees (with the list's filters) as CSV: UTF-8 with a BOM so that
 * Excel shows the diacritics, `,` by default or `;` for Excel set to Vietnamese regional format.
 * The file can be edited and imported back: rows keep their "Số hiệu".
 */
export async function exportCheckpointsCsv(actor: Actor | null, filters: CheckpointFilters, delimiter: ',' | ';' = ',') {
  assertCan(actor, 'checkpoints.view');
  const officers = getDb()
    .select({ checkpointId: checkpointOfficers.checkpointId, n: count().as('n') })
    .from(checkpointOfficers)
    .groupBy(checkpointOfficers.checkpointId)
    .as('officers');
  const rows = await getDb()
    .select({
      number: checkpoints.number, kind: checkpoints.kind, name: checkpoints.name, districtCode: checkpoints.districtCode,
      communeCode: checkpoints.communeCode, address: checkpoints.address, latitude: checkpoints.latitude, longitude: checkpoints.longitude,
      responsibleUnit: checkpoints.responsibleUnit, phone: checkpoints.phone, smartphoneCount: checkpoints.smartphoneCount,
      hasMobileData: checkpoints.hasMobileData, installedApps: checkpoints.installedApps, status: checkpoints.status,
      shiftNotes: checkpoints.shiftNotes, posterVersion: checkpoints.posterVersion, ready: readySql, officerCount: officers.n,
    })
    .from(checkpoints)
    .leftJoin(officers, eq(officers.checkpointId, checkpoints.id))
    .where(and(...checkpointConditions(actor, filters)))
    .orderBy(asc(checkpoints.districtCode), asc(checkpoints.name));
  return toCsv([EXPORT_HEADERS, ...rows.map((r) => exportCells({ ...r, officerCount: Number(r.officerCount ?? 0) }))], { delimiter });
}

/** Just the import headers, for people starting from scratch. */
export function checkpointCsvTemplate(actor: Actor | null, delimiter: ',' | ';' = ',') {
  assertCan(actor, 'checkpoints.manage');
  return toCsv([CSV_COLUMNS.map((c) => c.header)], { delimiter });
}
