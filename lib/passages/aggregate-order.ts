/**
 * The one order in which every writer takes aggregate rows (ingest's counted insert, voids, the
 * simulator): six tables in this order, each table's rows in key order.
 *
 * Why this is a proof and not a habit. A deadlock needs two transactions each waiting for a row
 * the other holds. Every writer's statement is built here, so all of them
 *  1. lock rows of table k only after table k−1 is finished: table k's SELECT carries
 *     `where (select count(*) from <k−1>) >= 0`, an uncorrelated sub-query that PostgreSQL runs
 *     once, to completion, before the first row of table k is produced (a one-time filter), and a
 *     data-modifying CTE read to its end has applied all its rows;
 *  2. within one table, upsert the rows in the ORDER BY of that table's key, compared in the same
 *     SQL with the same collation by everyone (a JS sort would not match PostgreSQL's collation).
 * So locks are always taken in ascending (table, key) order and no wait-for cycle can form.
 * Data-modifying CTEs otherwise run in an order PostgreSQL does not promise (in practice the
 * reverse of the text), which is how the old ingest statement deadlocked with voids.
 *
 * The source relation `src` has one row per change: day, hour, checkpoint_id, district_code,
 * method, source, evidence, result and n (+1 stored, −1 voided). Buckets whose change sums to
 * zero are skipped.
 */
const KEY_DAILY = 'day, checkpoint_id, method, source, evidence, result';
const KEY_HOURLY = 'day, hour, checkpoint_id, method, source, evidence, result';
const KEY_DISTRICT_DAILY = 'day, district_code, method, source, evidence, result';
const VALID = `coalesce(sum(n) filter (where result = 'valid'), 0)`;
const CERTIFIED = `coalesce(sum(n) filter (where result = 'valid' and evidence = 'certificate_checked'), 0)`;

const after = (previous: string | null) => (previous ? `and (select count(*) from ${previous}) >= 0` : '');

/** The six upserts as CTEs named agg_1 … agg_6, after a CTE named `src` (see above). */
export function aggregateCtes(): string {
  const steps = [
    (prev: string | null) => `
      insert into passage_daily_stats (${KEY_DAILY}, district_code, count)
      select ${KEY_DAILY}, min(district_code), sum(n) from src where true ${after(prev)}
      group by ${KEY_DAILY} having sum(n) <> 0 order by ${KEY_DAILY}
      on conflict (${KEY_DAILY}) do update set count = passage_daily_stats.count + excluded.count`,
    (prev: string | null) => `
      insert into passage_hourly_stats (${KEY_HOURLY}, district_code, count)
      select ${KEY_HOURLY}, min(district_code), sum(n) from src where true ${after(prev)}
      group by ${KEY_HOURLY} having sum(n) <> 0 order by ${KEY_HOURLY}
      on conflict (${KEY_HOURLY}) do update set count = passage_hourly_stats.count + excluded.count`,
    (prev: string | null) => `
      insert into stats_district_daily (${KEY_DISTRICT_DAILY}, count)
      select ${KEY_DISTRICT_DAILY}, sum(n) from src where true ${after(prev)}
      group by ${KEY_DISTRICT_DAILY} having sum(n) <> 0 order by ${KEY_DISTRICT_DAILY}
      on conflict (${KEY_DISTRICT_DAILY}) do update set count = stats_district_daily.count + excluded.count`,
    (prev: string | null) => `
      insert into stats_checkpoint_daily (day, checkpoint_id, district_code, total, valid, certified)
      select day, checkpoint_id, min(district_code), sum(n), ${VALID}, ${CERTIFIED} from src where true ${after(prev)}
      group by day, checkpoint_id having sum(n) <> 0 or ${VALID} <> 0 or ${CERTIFIED} <> 0 order by day, checkpoint_id
      on conflict (day, checkpoint_id) do update set total = stats_checkpoint_daily.total + excluded.total,
        valid = stats_checkpoint_daily.valid + excluded.valid, certified = stats_checkpoint_daily.certified + excluded.certified`,
    (prev: string | null) => `
      insert into stats_district_hourly (day, district_code, hour, total, valid)
      select day, district_code, hour, sum(n), ${VALID} from src where true ${after(prev)}
      group by day, district_code, hour having sum(n) <> 0 or ${VALID} <> 0 order by day, district_code, hour
      on conflict (day, district_code, hour) do update set total = stats_district_hourly.total + excluded.total,
        valid = stats_district_hourly.valid + excluded.valid`,
    (prev: string | null) => `
      insert into stats_checkpoint_hourly (day, checkpoint_id, hour, district_code, total, valid, certified)
      select day, checkpoint_id, hour, min(district_code), sum(n), ${VALID}, ${CERTIFIED} from src where true ${after(prev)}
      group by day, checkpoint_id, hour having sum(n) <> 0 or ${VALID} <> 0 or ${CERTIFIED} <> 0 order by day, checkpoint_id, hour
      on conflict (day, checkpoint_id, hour) do update set total = stats_checkpoint_hourly.total + excluded.total,
        valid = stats_checkpoint_hourly.valid + excluded.valid, certified = stats_checkpoint_hourly.certified + excluded.certified`,
  ];
  return steps.map((step, i) => `agg_${i + 1} as (${step(i ? `agg_${i}` : null)}\n      returning 1)`).join(',\n    ');
}
