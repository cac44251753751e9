import 'server-only';
import { NextRequest } from 'next/server';
import { clientIp } from '@/lib/http/client-ip';
import { readTextLimited } from '@/lib/http/read-body';
import { signInRetryAfter } from './throttle';
import { THROTTLED_ERROR } from './verify-sign-in';

type Handler = (req: NextRequest) => Promise<Response>;

const MAX_BODY_CHARS = 4096;

/**
 * Stands in front of next-auth's credentials callback. next-auth reads a JSON body as readily as
 * a form, and of a repeated field keeps the last; so only a plain form with each field once gets
 * through, and next-auth receives exactly the bytes read here. The throttle itself runs inside
 * `authorize` (verify-sign-in.ts); a refusal there is turned into 429 with Retry-After.
 */
export async function throttledSignIn(req: NextRequest, signIn: Handler): Promise<Response> {
  const form = await readSignInForm(req);
  if (!form) return Response.json({ error: 'Yêu cầu đăng nhập không hợp lệ.' }, { status: 400 });
  const headers = new Headers(req.headers);
  headers.set('content-type', 'application/x-www-form-urlencoded');
  headers.delete('content-length');
  const res = await signIn(new NextRequest(req.url, { method: 'POST', headers, body: form.text }));
  if ((await redirectTarget(res))?.searchParams.get('error') !== THROTTLED_ERROR) return res;
  const retryAfter = await signInRetryAfter(form.params.get('username') ?? '', clientIp(req.headers));
  return tooManyAttempts(req, Math.max(1, retryAfter));
}

/** The form, or null for another content type, an oversized body or a field given twice. */
async function readSignInForm(req: Request): Promise<{ text: string; params: URLSearchParams } | null> {
  const type = req.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  // Read no further than the limit (UTF-8: at most 4 bytes a character), whatever the client sends.
  const text = await readTextLimited(req, MAX_BODY_CHARS * 4);
  if (text === null || text.length > MAX_BODY_CHARS) return null;
  const params = new URLSearchParams(text);
  const keys = [...params.keys()];
  return new Set(keys).size === keys.length ? { text, params } : null;
}

export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

function tooManyAttempts(req: Request, retryAfter: number): Response {
  const url = new URL('/dang-nhap', req.url);
  url.searchParams.set('error', THROTTLED_ERROR);
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
