import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<number, number>;
  /** What `count` returned for each answer, summed (e.g. rows stored by a batch). */
  units: number;
}

/**
 * A closed-loop load generator: `connections` workers, each sending its next request as soon as
 * the previous answer arrives, for `seconds`. Every request gets a fresh body.
 */
export async function load(origin: string, path: string, opts: {
  connections: number;
  seconds: number;
  body: () => string;
  count?: (status: number, text: string) => number;
}): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: opts.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  let units = 0;
  const started = performance.now();
  const end = started + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < end) {
        const body = opts.body();
        const t = performance.now();
        const res = await pool.request({ path, method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await res.body.text();
        latenciesMs.push(performance.now() - t);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        units += opts.count ? opts.count(res.statusCode, text) : 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { requests: latenciesMs.length, seconds, latenciesMs, statuses, units };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
