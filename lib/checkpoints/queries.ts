import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { checkpointOfficers, checkpoints, posterVersions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { districtScope } from '@/lib/auth/permissions';
import { foldVietnamese, likeContains } from '@/lib/text/fold';
import { loadCheckpointFor } from './load';
import { readinessOf } from './readiness';
import type { CheckpointKind, CheckpointStatus } from './labels';
import type { CheckpointSort } from './filters';

/** The readiness rule of readiness.ts, as SQL for filters and counts. */
export const readySql = sql<boolean>`(${checkpoints.smartphoneCount} >= 1 and ${checkpoints.hasMobileData} and ${checkpoints.posterVersion} >= 1 and cardinality(${checkpoints.installedApps}) >= 1)`;

export interface CheckpointFilters {
  q?: string;
  districtCode?: string;
  communeCode?: string;
  kind?: CheckpointKind;
  status?: CheckpointStatus;
  readiness?: 'ready' | 'not_ready';
  sort?: CheckpointSort;
  dir?: 'asc' | 'desc';
  page?: number;
}

export const CHECKPOINT_PAGE_SIZE = 50;

// Each sort ends on the checkpoint number, so equal keys keep a stable order across pages.
const SORT_COLUMNS: Record<CheckpointSort, SQL[]> = {
  number: [sql`${checkpoints.number}`],
  name: [sql`${checkpoints.name}`],
  kind: [sql`${checkpoints.kind}`, sql`${checkpoints.name}`],
  place: [sql`${checkpoints.districtCode}`, sql`${checkpoints.communeCode}`, sql`${checkpoints.name}`],
  status: [sql`${checkpoints.status}`, sql`${checkpoints.name}`],
  poster: [sql`${checkpoints.posterVersion}`, sql`${checkpoints.name}`],
  ready: [readySql, sql`${checkpoints.name}`],
};

function orderOf(filters: CheckpointFilters): SQL[] {
  if (!filters.sort) return [asc(checkpoints.districtCode), asc(checkpoints.name), asc(checkpoints.number)];
  const direction = filters.dir === 'desc' ? sql`desc` : sql`asc`;
  return [...SORT_COLUMNS[filters.sort].map((column) => sql`${column} ${direction}`), asc(checkpoints.number)];
}

/** Conditions shared by the list and the export; the actor's district is always one of them. */
export function checkpointConditions(actor: Actor, filters: CheckpointFilters): SQL[] {
  const where: SQL[] = [];
  const scope = districtScope(actor);
  if (scope) where.push(eq(checkpoints.districtCode, scope));
  if (filters.districtCode) where.push(eq(checkpoints.districtCode, filters.districtCode));
  if (filters.communeCode) where.push(eq(checkpoints.communeCode, filters.communeCode));
  if (filters.kind) where.push(eq(checkpoints.kind, filters.kind));
  if (filters.status) where.push(eq(checkpoints.status, filters.status));
  if (filters.readiness === 'ready') where.push(readySql);
  if (filters.readiness === 'not_ready') where.push(sql`not ${readySql}`);
  const q = filters.q?.trim();
  if (q) {
    const text = ilike(checkpoints.searchText, likeContains(foldVietnamese(q)));
    where.push(/^\d{1,9}$/.test(q) ? or(text, eq(checkpoints.number, Number(q)))! : text);
  }
  return where;
}

const listColumns = {
  id: checkpoints.id, number: checkpoints.number, name: checkpoints.name, kind: checkpoints.kind,
  districtCode: checkpoints.districtCode, communeCode: checkpoints.communeCode, status: checkpoints.status,
  posterVersion: checkpoints.posterVersion, smartphoneCount: checkpoints.smartphoneCount,
  hasMobileData: checkpoints.hasMobileData, installedApps: checkpoints.installedApps,
  responsibleUnit: checkpoints.responsibleUnit,
};

export async function listCheckpoints(actor: Actor | null, filters: CheckpointFilters = {}) {
  assertCan(actor, 'checkpoints.view');
  const where = and(...checkpointConditions(actor, filters));
  const page = Math.max(1, filters.page ?? 1);
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.select(listColumns).from(checkpoints).where(where)
      .orderBy(...orderOf(filters))
      .limit(CHECKPOINT_PAGE_SIZE).offset((page - 1) * CHECKPOINT_PAGE_SIZE),
    db.select({ total: count() }).from(checkpoints).where(where),
  ]);
  const officerCounts = rows.length
    ? await db.select({ id: checkpointOfficers.checkpointId, n: count() }).from(checkpointOfficers)
        .where(inArray(checkpointOfficers.checkpointId, rows.map((r) => r.id))).groupBy(checkpointOfficers.checkpointId)
    : [];
  const officersOf = new Map(officerCounts.map((o) => [o.id, o.n]));
  return {
    rows: rows.map((r) => ({ ...r, readiness: readinessOf(r), officerCount: officersOf.get(r.id) ?? 0 })),
    total, page, pageSize: CHECKPOINT_PAGE_SIZE,
  };
}

/** Per district, among checkpoints not closed: how many meet the letter's checklist. */
export async function countReadinessByDistrict(actor: Actor | null) {
  assertCan(actor, 'checkpoints.view');
  return readinessCounts(districtScope(actor));
}

/**
 * The same counts for the whole province, for the public open data (/so-lieu): numbers of
 * checkpoints per district only, nothing that names or locates one, so no permission is asked.
 */
export async function countPublicReadinessByDistrict() {
  return readinessCounts(null);
}

function readinessCounts(scope: string | null | undefined) {
  const where: SQL[] = [ne(checkpoints.status, 'closed')];
  if (scope) where.push(eq(checkpoints.districtCode, scope));
  return getDb()
    .select({
      districtCode: checkpoints.districtCode,
      total: count(),
      ready: sql<number>`count(*) filter (where ${readySql})`.mapWith(Number),
      withPoster: sql<number>`count(*) filter (where ${checkpoints.posterVersion} >= 1)`.mapWith(Number),
    })
    .from(checkpoints)
    .where(and(...where))
    .groupBy(checkpoints.districtCode)
    .orderBy(asc(checkpoints.districtCode));
}

/** One checkpoint with its officers and poster history; another district's answers 404. */
export async function getCheckpoint(actor: Actor | null, id: string) {
  const db = getDb();
  const checkpoint = await loadCheckpointFor(db, actor, 'checkpoints.view', id);
  const [officers, posters] = await Promise.all([
    db.select({ id: users.id, username: users.username, fullName: users.fullName, phone: users.phone, disabledAt: users.disabledAt })
      .from(checkpointOfficers).innerJoin(users, eq(users.id, checkpointOfficers.userId))
      .where(eq(checkpointOfficers.checkpointId, id)).orderBy(asc(users.fullName)),
    db.select({
      version: posterVersions.version, manualCode: posterVersions.manualCode, createdAt: posterVersions.createdAt,
      revokedAt: posterVersions.revokedAt, createdByName: users.fullName,
    })
      .from(posterVersions).leftJoin(users, eq(users.id, posterVersions.createdBy))
      .where(eq(posterVersions.checkpointId, id)).orderBy(desc(posterVersions.version)),
  ]);
  const { searchText: _omit, ...fields } = checkpoint;
  return { ...fields, readiness: readinessOf(checkpoint), officers, posters, currentPoster: posters.find((p) => !p.revokedAt) ?? null };
}

/** The editable fields of a checkpoint the actor manages (404 outside its district). */
export async function getCheckpointForEdit(actor: Actor | null, id: string) {
  const row = await loadCheckpointFor(getDb(), actor, 'checkpoints.manage', id);
  const { searchText: _s, createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields;
}
