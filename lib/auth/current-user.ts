import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect, forbidden } from 'next/navigation';
import { authOptions } from './options';
import { loadActor } from '@/lib/users/load-actor';
import { can, type Permission, type Scope } from './permissions';
import type { Actor } from './roles';
import { clientIp } from '@/lib/http/client-ip';

/** The signed-in actor for this request, checked against the database (once per request). */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id || typeof session.tokenVersion !== 'number' || !session.sessionId) return null;
  const actor = await loadActor(session.user.id, session.tokenVersion, session.sessionId);
  if (!actor) return null;
  return { ...actor, ip: clientIp(await headers()) ?? undefined };
});

/**
 * For pages: sends a signed-out visitor to sign in, and answers 403 to a signed-in user who
 * lacks the permission. Data-layer calls made by the page check again with their own scope.
 */
export async function requirePageActor(permission: Permission, scope?: Scope, returnTo?: string): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) redirect(`/dang-nhap${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ''}`);
  if (!can(actor, permission, scope)) forbidden();
  return actor;
}
