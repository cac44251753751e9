import type { Actor } from './roles';

/** Where each role lands after signing in. */
export function homeFor(actor: Pick<Actor, 'role'>): string {
  return actor.role === 'officer' ? '/chot' : '/quan-tri';
}
