import type { Actor } from './roles';
import { can, type Permission, type Scope } from './permissions';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';

/** For data-layer functions: the actor must exist and hold the permission in this scope. */
export function assertCan(actor: Actor | null | undefined, permission: Permission, scope?: Scope): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission, scope)) throw new ForbiddenError();
}

/**
 * Like assertCan, but an object outside the actor's scope answers "not found": a district user
 * must not learn that another district's object exists.
 */
export function assertCanSee(actor: Actor | null | undefined, permission: Permission, scope: Scope): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError();
  if (!can(actor, permission, scope)) throw new NotFoundError();
}
