import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { ForbiddenError, NotFoundError } from '@/lib/auth/errors';
import type { Actor } from '@/lib/auth/roles';
import { parseStatsFilter, statsFilterToSearchParams } from '@/lib/stats/filter';
import { parseDrillOrder, type DrillOrder } from '@/lib/stats/drill/rows';

export type SearchParams = Record<string, string | string[] | undefined>;

/** A data-layer refusal as the page's answer: 403 for another district, 404 for what is not theirs to see. */
export async function orRefuse<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The range (?from=&to=, 30 days by default) and order of a drill page, and links that keep them. */
export function drillParams(actor: Actor, params: SearchParams, path: string) {
  const { from, to } = parseStatsFilter(actor, { from: params.from, to: params.to });
  const order = parseDrillOrder(params);
  const range = new URLSearchParams({ from, to });
  const withOrder = (o: DrillOrder) => `${path}?${new URLSearchParams({ from, to, sort: o.sort, ...(o.dir === 'desc' ? { dir: 'desc' } : {}) })}`;
  const dashboard = (district?: string) => `/quan-tri?${statsFilterToSearchParams({ from, to, district: district ?? null, checkpointId: null, method: null, source: null, evidence: null })}`;
  return { range: { from, to }, order, query: range.toString(), hrefFor: withOrder, dashboard };
}
