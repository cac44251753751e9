import { ZodError } from 'zod';
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '@/lib/auth/errors';

export type Outcome = 'allowed' | 'forbidden' | 'not_found' | 'unauthenticated' | 'invalid';

/**
 * How a data-layer call ended, for allow/deny tables: every protected function gets an
 * `allowed` row and a refusal row per role, including another district's object.
 */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return 'allowed';
  } catch (error) {
    if (error instanceof ForbiddenError) return 'forbidden';
    if (error instanceof NotFoundError) return 'not_found';
    if (error instanceof UnauthenticatedError) return 'unauthenticated';
    if (error instanceof UserInputError || error instanceof ZodError) return 'invalid';
    throw error;
  }
}
