import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { STATS_EVIDENCE, STATS_METHODS, STATS_SOURCES } from '../filter';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { BreakdownRow, Breakdowns } from '../types';
import { rows } from './run';

/** By method, by source and by evidence in one scan; every key present, zeros included. */
export async function queryBreakdowns(db: Executor, f: ScopedFilter, pick: Picker): Promise<Breakdowns> {
  const src = pick(f, { dims: true });
  const found = await rows<{ method: string; source: string; evidence: string; total: number; valid: number }>(db, sql`
    select method::text as method, source::text as source, evidence::text as evidence,
           ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid
    from ${src.from} where ${whereOf(src, f)} group by method, source, evidence`);
  const tally = <K extends string>(keys: readonly K[], keyOf: (r: (typeof found)[number]) => string): BreakdownRow<K>[] =>
    keys.map((key) => {
      const mine = found.filter((r) => keyOf(r) === key);
      return { key, total: mine.reduce((a, r) => a + Number(r.total), 0), valid: mine.reduce((a, r) => a + Number(r.valid), 0) };
    });
  return {
    byMethod: tally(STATS_METHODS, (r) => r.method),
    bySource: tally(STATS_SOURCES, (r) => r.source),
    byEvidence: tally(STATS_EVIDENCE, (r) => r.evidence),
  };
}
