import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { addDays, todayLocal } from './dates';
import { rows } from './queries/run';
import { authorizeStats } from './scope';
import { DEFAULT_RANGE_DAYS } from './filter';

/**
 * A fingerprint of the numbers a dashboard left open shows, in the actor's scope: one light query
 * on the checkpoint × day pivot over the default range (a late offline check, a void and a new
 * check all change it). The poller compares it (as an ETag) and re-renders only on a change.
 */
export async function getStatsVersion(actor: Actor | null, district: string | null, now = new Date()): Promise<string> {
  const today = todayLocal(now);
  const f = await authorizeStats(getDb(), actor, { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today, district, checkpointId: null, method: null, source: null, evidence: null });
  const [r] = await rows<{ total: number; valid: number; certified: number; today: number }>(getDb(), sql`
    select coalesce(sum(total), 0)::bigint as total, coalesce(sum(valid), 0)::bigint as valid, coalesce(sum(certified), 0)::bigint as certified,
           coalesce(sum(total) filter (where day = ${today}::date), 0)::bigint as today
    from stats_checkpoint_daily where day between ${f.from}::date and ${f.to}::date ${f.district ? sql`and district_code = ${f.district}` : sql``}`);
  // The day is part of it: past midnight the dashboard's periods move even with no new check.
  return `${today}.${f.district ?? 'all'}.${r.total}.${r.valid}.${r.certified}.${r.today}`;
}

/** The ETag a version is sent as, and whether an If-None-Match header already names it. */
export const etagOf = (version: string) => `W/"${version}"`;
export const matchesEtag = (header: string | null, etag: string) => !!header && header.split(',').some((t) => t.trim() === etag || t.trim() === '*');
