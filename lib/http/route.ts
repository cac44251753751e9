import 'server-only';
import { ZodError } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/auth/roles';
import { UnauthenticatedError } from '@/lib/auth/errors';
import { describeError } from '@/lib/actions/describe-error';
import { isCrossOriginWrite } from './same-origin';

type Params = Record<string, string | string[]>;
interface RouteContext<P extends Params> {
  req: Request;
  params: P;
  /** The signed-in actor or null, resolved on first call (public endpoints never pay for it). */
  actor: () => Promise<Actor | null>;
}

/**
 * Wraps a route handler: refuses cross-origin writes, resolves the actor, and turns data-layer
 * refusals into JSON errors with the right status. Permission and scope are checked by the
 * data-layer functions the handler calls, never here alone.
 */
export function route<P extends Params = Params>(handler: (ctx: RouteContext<P>) => Promise<Response>) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    if (isCrossOriginWrite(req.method, req.headers)) {
      return Response.json({ error: 'Yêu cầu từ trang khác bị từ chối.' }, { status: 403 });
    }
    try {
      return await handler({ req, params: await context.params, actor: getCurrentUser });
    } catch (error) {
      if (error instanceof ZodError) {
        return Response.json({ error: 'Dữ liệu không hợp lệ.', issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, { status: 400 });
      }
      const { message, status, errors, retryAfterS } = describeError(error, `${req.method} ${new URL(req.url).pathname}`);
      return Response.json({ error: message, errors }, { status, headers: retryAfterS ? { 'Retry-After': String(retryAfterS) } : {} });
    }
  };
}

/** The signed-in actor, or a 401 for the caller. */
export async function requireActor(actor: () => Promise<Actor | null>): Promise<Actor> {
  const found = await actor();
  if (!found) throw new UnauthenticatedError();
  return found;
}
