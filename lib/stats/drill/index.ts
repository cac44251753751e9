import 'server-only';
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/roles';
import { NotFoundError } from '@/lib/auth/errors';
import { communeBelongsTo, communeName, communesOf, DISTRICTS, districtName, isDistrictCode } from '@/lib/geo/districts';
import { isUuid } from '@/lib/validation/ids';
import { addDays, todayLocal } from '../dates';
import { pickAggregate } from '../sources';
import { authorizeStats } from '../scope';
import { queryBreakdowns } from '../queries/breakdowns';
import { queryDailySeries } from '../queries/daily';
import { queryCheckpointActivity, type CheckpointActivity } from '../queries/activity';
import type { BreakdownRow, DailyPoint, StatsFilter, Totals } from '../types';
import type { PassageEvidence } from '@/lib/passages/aggregates';
import { groupRows, sortRows, type DrillOrder, type DrillRow } from './rows';

// The drill-down data layer. Scope as everywhere in statistics (authorizeStats): a district user
// asking for another district is refused (403); a commune outside the district or a checkpoint
// outside the scope does not exist for them (404).

/** The 'no commune' key (Lý Sơn, or a checkpoint entered without one) as it appears in URLs. */
export const NO_COMMUNE = 'khac';

type Range = Pick<StatsFilter, 'from' | 'to'>;
const filterOf = (range: Range, over: Partial<StatsFilter> = {}): StatsFilter => ({
  from: range.from, to: range.to, district: null, checkpointId: null, method: null, source: null, evidence: null, ...over,
});

/** Every district (a district user: theirs only) with its checkpoints' totals. */
export async function getDistrictDrill(actor: Actor | null, range: Range, order: DrillOrder): Promise<DrillRow[]> {
  const f = await authorizeStats(getDb(), actor, filterOf(range));
  const members = await queryCheckpointActivity(getDb(), { district: f.district }, f.from, f.to);
  const keys = DISTRICTS.filter((d) => !f.district || d.code === f.district).map((d) => ({ key: d.code, name: d.name }));
  return sortRows(groupRows(members, (m) => m.districtCode, keys), order);
}

/** The communes of one district, plus a row for its checkpoints outside any commune if there are some. */
export async function getCommuneDrill(actor: Actor | null, district: string, range: Range, order: DrillOrder): Promise<DrillRow[]> {
  if (!isDistrictCode(district)) throw new NotFoundError();
  const f = await authorizeStats(getDb(), actor, filterOf(range, { district }));
  const members = await queryCheckpointActivity(getDb(), { district: f.district }, f.from, f.to);
  const keys = communesOf(district).map((c) => ({ key: c.code, name: c.name }));
  if (members.some((m) => !m.communeCode)) keys.push({ key: NO_COMMUNE, name: 'Không thuộc xã nào' });
  return sortRows(groupRows(members, (m) => m.communeCode ?? NO_COMMUNE, keys), order);
}

export interface CheckpointDrillRow extends DrillRow {
  number: number;
  status: CheckpointActivity['status'];
}

/** The checkpoints of one commune (or of none, `khac`) in one district. */
export async function getCheckpointDrill(actor: Actor | null, district: string, commune: string, range: Range, order: DrillOrder): Promise<CheckpointDrillRow[]> {
  if (!isDistrictCode(district)) throw new NotFoundError();
  if (commune !== NO_COMMUNE && !communeBelongsTo(commune, district)) throw new NotFoundError();
  const f = await authorizeStats(getDb(), actor, filterOf(range, { district }));
  const members = await queryCheckpointActivity(getDb(), { district: f.district, commune: commune === NO_COMMUNE ? '' : commune }, f.from, f.to);
  const byId = new Map(members.map((m) => [m.id, m]));
  const rows = sortRows(members.map((m) => ({ key: m.id, name: m.name, checkpoints: 1, total: m.total, valid: m.valid, certified: m.certified, last: m.last })), order);
  return rows.map((r) => ({ ...r, number: byId.get(r.key)!.number, status: byId.get(r.key)!.status }));
}

export const drillPlaceName = (district: string, commune?: string) =>
  commune ? (commune === NO_COMMUNE ? `${districtName(district)} · không thuộc xã nào` : `${communeName(commune)}, ${districtName(district)}`) : districtName(district);

export interface CheckpointStats {
  id: string;
  name: string;
  districtCode: string;
  communeCode: string | null;
  today: Totals;
  last: CheckpointActivity['last'];
  /** The 30 local days ending today. */
  daily: DailyPoint[];
  byEvidence: BreakdownRow<PassageEvidence>[];
}

/** One checkpoint's activity: today, its last check, 30 days by day and result, and its evidence split. */
export async function getCheckpointStats(actor: Actor | null, checkpointId: string, now = new Date()): Promise<CheckpointStats> {
  if (!isUuid(checkpointId)) throw new NotFoundError();
  const today = todayLocal(now);
  const f = await authorizeStats(getDb(), actor, filterOf({ from: addDays(today, -29), to: today }));
  const [cp] = await queryCheckpointActivity(getDb(), { district: f.district, checkpointId: checkpointId.toLowerCase() }, today, today);
  // Out of scope and unknown read the same: the checkpoint does not exist for this user.
  if (!cp) throw new NotFoundError();
  const scoped = { ...f, checkpointId: cp.id };
  const [daily, breakdowns] = await Promise.all([queryDailySeries(getDb(), scoped, pickAggregate), queryBreakdowns(getDb(), scoped, pickAggregate)]);
  return {
    id: cp.id, name: cp.name, districtCode: cp.districtCode, communeCode: cp.communeCode,
    today: { total: cp.total, valid: cp.valid, certified: cp.certified }, last: cp.last, daily, byEvidence: breakdowns.byEvidence,
  };
}
