import type { LastCheck } from '../queries/activity';
import type { Totals } from '../types';

// Drill-down tables (province → district → commune → checkpoint): rows, their order and the
// sort the URL asks for. Pure, so the order is tested without a database.

export const DRILL_SORTS = ['name', 'total', 'valid', 'certified', 'last'] as const;
export type DrillSort = (typeof DRILL_SORTS)[number];
export interface DrillOrder {
  sort: DrillSort;
  dir: 'asc' | 'desc';
}

export interface DrillRow extends Totals {
  /** District or commune code ('' for checkpoints outside any commune), or checkpoint id. */
  key: string;
  name: string;
  /** Checkpoints the row covers (1 for a checkpoint row). */
  checkpoints: number;
  last: LastCheck | null;
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?sort=&dir=` as the checkpoint list reads them; anything else falls back to name, ascending. */
export function parseDrillOrder(params: Params): DrillOrder {
  const sort = first(params.sort);
  return {
    sort: (DRILL_SORTS as readonly string[]).includes(sort ?? '') ? (sort as DrillSort) : 'name',
    dir: first(params.dir) === 'desc' ? 'desc' : 'asc',
  };
}

const laterOf = (a: LastCheck | null, b: LastCheck | null) => (!a ? b : !b ? a : compareLast(a, b) >= 0 ? a : b);
function compareLast(a: LastCheck, b: LastCheck): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.hour - b.hour;
}

/** Rows with the sum of their members, in the order of `keys` (zeros for keys without any). */
export function groupRows<M extends Totals & { last: LastCheck | null }>(members: M[], keyOf: (m: M) => string, keys: { key: string; name: string }[]): DrillRow[] {
  const out = new Map(keys.map(({ key, name }) => [key, { key, name, checkpoints: 0, total: 0, valid: 0, certified: 0, last: null } as DrillRow]));
  for (const m of members) {
    const row = out.get(keyOf(m));
    if (!row) continue;
    row.checkpoints += 1;
    row.total += m.total;
    row.valid += m.valid;
    row.certified += m.certified;
    row.last = laterOf(row.last, m.last);
  }
  return [...out.values()];
}

/**
 * Shares compare exactly (a/b vs c/d by cross-multiplying the integer counts); rows with nothing
 * counted, or never checked, go last whichever the direction: "no data" is not "lowest".
 */
export function sortRows(rows: DrillRow[], { sort, dir }: DrillOrder): DrillRow[] {
  const sign = dir === 'desc' ? -1 : 1;
  const byName = (a: DrillRow, b: DrillRow) => a.name.localeCompare(b.name, 'vi');
  const cmp = (a: DrillRow, b: DrillRow): number | null => {
    switch (sort) {
      case 'name': return byName(a, b);
      case 'total': return a.total - b.total;
      case 'last': return a.last && b.last ? compareLast(a.last, b.last) : null;
      default: return a.total > 0 && b.total > 0 ? a[sort] * b.total - b[sort] * a.total : null;
    }
  };
  const missing = (r: DrillRow) => (sort === 'last' ? !r.last : sort === 'valid' || sort === 'certified' ? r.total === 0 : false);
  return [...rows].sort((a, b) => {
    if (missing(a) !== missing(b)) return missing(a) ? 1 : -1;
    const c = cmp(a, b);
    return (c ? sign * c : 0) || byName(a, b) || a.key.localeCompare(b.key);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "06/12/2026, 14:00–14:59": the rollups know the hour of a check, not its minute. */
export function lastCheckText(last: LastCheck | null): string {
  if (!last) return 'Chưa có';
  const [y, m, d] = last.day.split('-');
  return `${d}/${m}/${y}, ${pad(last.hour)}:00–${pad(last.hour)}:59`;
}
