import type { Actor, Role } from './roles';

// The one permission table. Scope (district, assigned checkpoints) is checked by `can` when a
// resource is given, and data-layer queries also filter by `districtScope` in their WHERE.
const TABLE = {
  'stats.view': ['admin', 'police', 'district', 'viewer'],
  'stats.view_own_today': ['officer'],
  'checkpoints.view': ['admin', 'police', 'district', 'viewer'],
  'checkpoints.manage': ['admin', 'police', 'district'],
  'posters.generate': ['admin', 'police', 'district'],
  'posters.rotate': ['admin', 'police', 'district'],
  'users.view': ['admin', 'police', 'district'],
  'users.manage_all': ['admin'],
  'users.manage_officers': ['admin', 'police', 'district'],
  'audit.view': ['admin'],
  'rules.manage': ['admin'],
  // The console caches the rule for offline verdicts; staff see what the statistics were judged by.
  'rules.view': ['admin', 'police', 'district', 'viewer', 'officer'],
  'settings.manage': ['admin'],
  'trust.manage': ['admin'],
  // The console keeps the enabled signers for offline verification; staff may read them too.
  'trust.view': ['admin', 'police', 'district', 'viewer', 'officer'],
  'trace.lookup': ['admin', 'police'],
  'console.use': ['officer'],
  'passages.record': ['officer'],
  'passages.void': ['officer'],
  'passages.view': ['admin', 'police', 'district', 'viewer'],
  'materials.view_admin': ['admin', 'viewer'],
  // Staff without the admin library still hand out the public materials: their menu links there.
  'materials.browse_public': ['police', 'district'],
  'materials.manage': ['admin'],
  'contacts.manage': ['admin'],
  'letters.manage': ['admin'],
  'letters.confirm': ['district'],
  'account.self': ['admin', 'police', 'district', 'viewer', 'officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

/** What a permission applies to: the object's district and, for checkpoint objects, its id. */
export interface Scope {
  districtCode?: string | null;
  checkpointId?: string;
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (TABLE[permission] as readonly Role[]).includes(role);
}

export function can(actor: Actor | null | undefined, permission: Permission, scope?: Scope): boolean {
  if (!actor || !hasPermission(actor.role, permission)) return false;
  if (!scope) return true;
  if (actor.role === 'district' && scope.districtCode !== undefined) {
    if (scope.districtCode !== actor.districtCode) return false;
  }
  if (actor.role === 'officer') {
    if (scope.checkpointId !== undefined) return actor.checkpointIds.includes(scope.checkpointId);
    if (scope.districtCode !== undefined) return false;
  }
  return true;
}

/**
 * The district a query must be limited to: a district user's own, or null for province-wide
 * roles. Officers are limited by checkpoint instead, so they get a district that matches nothing
 * unless the caller filters by their checkpoints.
 */
export function districtScope(actor: Actor): string | null {
  if (actor.role === 'district') return actor.districtCode ?? '__none__';
  if (actor.role === 'officer') return '__none__';
  return null;
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(TABLE) as Permission[]).filter((p) => hasPermission(role, p));
}
