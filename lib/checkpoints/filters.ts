import { isDistrictCode } from '@/lib/geo/districts';
import { CHECKPOINT_KINDS, CHECKPOINT_STATUSES, type CheckpointKind, type CheckpointStatus } from './labels';

export type SearchParams = Record<string, string | string[] | undefined>;

/** Columns the list sorts by (`?sort=name&dir=desc`); the default is district, then name. */
export const CHECKPOINT_SORTS = ['number', 'name', 'kind', 'place', 'status', 'poster', 'ready'] as const;
export type CheckpointSort = (typeof CHECKPOINT_SORTS)[number];

export interface ParsedFilters {
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

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim() : undefined) || undefined;

/** The list's URL filters (also used by the CSV export link), with anything unknown dropped. */
export function parseCheckpointFilters(params: SearchParams): ParsedFilters {
  const district = one(params.district);
  const kind = one(params.kind);
  const status = one(params.status);
  const readiness = one(params.readiness);
  const page = Number(one(params.page));
  const sort = one(params.sort);
  return {
    q: one(params.q)?.slice(0, 100),
    districtCode: district && isDistrictCode(district) ? district : undefined,
    communeCode: one(params.commune)?.match(/^\d{5}$/) ? one(params.commune) : undefined,
    kind: CHECKPOINT_KINDS.includes(kind as CheckpointKind) ? (kind as CheckpointKind) : undefined,
    status: CHECKPOINT_STATUSES.includes(status as CheckpointStatus) ? (status as CheckpointStatus) : undefined,
    readiness: readiness === 'ready' || readiness === 'not_ready' ? readiness : undefined,
    sort: CHECKPOINT_SORTS.includes(sort as CheckpointSort) ? (sort as CheckpointSort) : undefined,
    dir: one(params.dir) === 'desc' ? 'desc' : undefined,
    page: Number.isInteger(page) && page > 0 ? page : undefined,
  };
}

/** The same filters back as a query string (for export links and pagination). */
export function filtersToQuery(filters: ParsedFilters, extra: Record<string, string> = {}): string {
  const entries = {
    q: filters.q, district: filters.districtCode, commune: filters.communeCode, kind: filters.kind,
    status: filters.status, readiness: filters.readiness, sort: filters.sort, dir: filters.sort ? filters.dir : undefined, ...extra,
  };
  return new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => !!e[1])).toString();
}
