import 'server-only';
import type { Actor } from '@/lib/auth/roles';
import { districtScope } from '@/lib/auth/permissions';
import { countReadinessByDistrict } from '@/lib/checkpoints/queries';
import { DISTRICTS } from '@/lib/geo/districts';
import type { ReadinessRow } from '../types';

/**
 * Checkpoints (not closed) and how many meet the letter's checklist, per district: the
 * checkpoints module's own count (readySql), filled out to every district in the actor's scope.
 */
export async function queryReadiness(actor: Actor): Promise<ReadinessRow[]> {
  const scope = districtScope(actor);
  const counted = new Map((await countReadinessByDistrict(actor)).map((r) => [r.districtCode, r]));
  return DISTRICTS.filter((d) => !scope || d.code === scope).map(({ code }) => ({
    districtCode: code, checkpoints: Number(counted.get(code)?.total ?? 0), ready: Number(counted.get(code)?.ready ?? 0),
  }));
}
