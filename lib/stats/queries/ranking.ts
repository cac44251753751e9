import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { ScopedFilter } from '../scope';
import { measure, whereOf, type Picker } from '../sources';
import type { CheckpointRank, CheckpointRanking } from '../types';
import { rows } from './run';

/**
 * The busiest and the quietest checkpoints for the filter. Checkpoints in scope that are not
 * closed count even with no passage at all: a silent checkpoint is what "bottom" is for.
 */
export async function queryCheckpointRanking(db: Executor, f: ScopedFilter, pick: Picker, limit: number): Promise<CheckpointRanking> {
  const src = pick(f, { checkpoint: true });
  const where = [sql`(c.status <> 'closed' or k.total > 0)`];
  if (f.district) where.push(sql`c.district_code = ${f.district}`);
  if (f.checkpointId) where.push(sql`c.id = ${f.checkpointId}::uuid`);
  const found = await rows<{ id: string; name: string; district_code: string; total: number; valid: number; certified: number; top: number; bottom: number }>(db, sql`
    with k as (
      select checkpoint_id, ${measure(src, 'total')} as total, ${measure(src, 'valid')} as valid, ${measure(src, 'certified')} as certified
      from ${src.from} where ${whereOf(src, f)} group by checkpoint_id
    ), ranked as (
      select c.id::text as id, c.name, c.district_code, coalesce(k.total, 0) as total, coalesce(k.valid, 0) as valid, coalesce(k.certified, 0) as certified,
             row_number() over (order by coalesce(k.total, 0) desc, c.name, c.id) as top,
             row_number() over (order by coalesce(k.total, 0), c.name, c.id) as bottom
      from checkpoints c left join k on k.checkpoint_id = c.id
      where ${sql.join(where, sql` and `)}
    )
    select * from ranked where top <= ${limit} or bottom <= ${limit}`);
  const rank = (r: (typeof found)[number]): CheckpointRank => ({
    checkpointId: r.id, name: r.name, districtCode: r.district_code, total: Number(r.total), valid: Number(r.valid), certified: Number(r.certified),
  });
  return {
    top: found.filter((r) => Number(r.top) <= limit).sort((a, b) => Number(a.top) - Number(b.top)).map(rank),
    bottom: found.filter((r) => Number(r.bottom) <= limit).sort((a, b) => Number(a.bottom) - Number(b.bottom)).map(rank),
  };
}
