import type { Actor, Role } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';

interface ManagedUser {
  role: Role;
  districtCode: string | null;
}

/**
 * Whether the actor may see and change this account: admins any; police any officer;
 * district users the officers of their own district.
 */
export function canManageUser(actor: Actor, target: ManagedUser): boolean {
  if (can(actor, 'users.manage_all')) return true;
  if (!can(actor, 'users.manage_officers') || target.role !== 'officer') return false;
  return can(actor, 'users.manage_officers', { districtCode: target.districtCode });
}

/** Roles this actor may give to a new or edited account. */
export function assignableRoles(actor: Actor): Role[] {
  if (can(actor, 'users.manage_all')) return ['admin', 'police', 'district', 'viewer', 'officer'];
  if (can(actor, 'users.manage_officers')) return ['officer'];
  return [];
}
