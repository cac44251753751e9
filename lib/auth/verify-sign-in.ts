import 'server-only';
import { authenticateCredentials } from '@/lib/users/authenticate';
import { clearSignInFailures, takeSignInAttempt } from './throttle';

/** The error next-auth passes on (as `error=`) when an attempt was refused by the throttle. */
export const THROTTLED_ERROR = 'TooManyAttempts';

/**
 * The credentials check itself, with the throttle on the very username and IP being checked:
 * the attempt is counted before the password is verified, and a waiting account is refused
 * without a verification at all, even with the right password.
 */
export async function verifySignIn(username: string, password: string, ip: string | null) {
  if (!(await takeSignInAttempt(username, ip))) throw new Error(THROTTLED_ERROR);
  const user = await authenticateCredentials(username, password);
  if (user) await clearSignInFailures(username, ip);
  return user;
}
