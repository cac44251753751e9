import 'server-only';
import { clientIp } from '@/lib/http/client-ip';
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from './throttle';

type Handler = (req: Request) => Promise<Response>;

/**
 * Puts the per-account and per-IP throttle in front of next-auth's credentials callback: a blocked
 * attempt gets 429 with Retry-After before any password is checked; the outcome of the others is
 * read from next-auth's answer (an `error=` in the redirect means the credentials were refused).
 */
export async function throttledSignIn(req: Request, signIn: Handler): Promise<Response> {
  const form = await req.clone().formData().catch(() => null);
  const username = String(form?.get('username') ?? '').trim().toLowerCase();
  const ip = clientIp(req.headers);
  const retryAfter = await signInRetryAfter(username, ip);
  if (retryAfter > 0) return tooManyAttempts(req, retryAfter);

  const res = await signIn(req);
  // Only a issued session cookie counts as success: a request refused for another reason (a bad
  // CSRF token, say) must not reset the account's failure count.
  const signedIn = res.headers.getSetCookie().some((c) => c.includes('session-token='));
  if (signedIn) await clearSignInFailures(username);
  else if ((await redirectTarget(res))?.searchParams.has('error')) await recordSignInFailure(username, ip);
  return res;
}

export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

function tooManyAttempts(req: Request, retryAfter: number): Response {
  const url = new URL('/dang-nhap', req.url);
  url.searchParams.set('error', 'TooManyAttempts');
  url.searchParams.set('retryAfter', String(retryAfter));
  return Response.json(
    { url: url.toString(), error: tooManyAttemptsMessage(retryAfter) },
    { status: 429, headers: { 'Retry-After': String(retryAfter) } },
  );
}

async function redirectTarget(res: Response): Promise<URL | null> {
  const location = res.headers.get('location');
  if (location) return new URL(location, 'http://x');
  if (!res.headers.get('content-type')?.includes('application/json')) return null;
  const body = (await res.clone().json().catch(() => null)) as { url?: string } | null;
  return body?.url ? new URL(body.url, 'http://x') : null;
}
