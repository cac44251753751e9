import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { readBodyLimited } from '@/lib/http/read-body';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authOptions } from '@/lib/auth/options';
import { throttledSignIn } from '@/lib/auth/sign-in-throttle-gate';
import { isCrossOriginWrite } from '@/lib/http/same-origin';

type Context = { params: Promise<{ nextauth: string[] }> };

function nextAuth(req: NextRequest, context: Context) {
  return NextAuth(authOptions())(req, context) as Promise<Response>;
}

export async function GET(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  // next-auth would vouch for any well-signed cookie; the session it reports must also be one the
  // portal still honours (account enabled, not signed out, password unchanged).
  if (nextauth.join('/') === 'session' && !(await getCurrentUser())) {
    return Response.json({}, { headers: { 'Cache-Control': 'private, no-cache, no-store' } });
  }
  return nextAuth(req, context);
}

export async function POST(req: NextRequest, context: Context) {
  if (isCrossOriginWrite(req.method, req.headers)) {
    return Response.json({ error: 'Yêu cầu từ trang khác bị từ chối.' }, { status: 403 });
  }
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    return throttledSignIn(req, (r) => nextAuth(r, context));
  }
  // next-auth reads the whole form of any other POST (sign-out, CSRF…): hand it a bounded copy.
  const body = await readBodyLimited(req, MAX_AUTH_BODY_BYTES);
  if (!body) return Response.json({ error: 'Yêu cầu quá lớn.' }, { status: 413 });
  const headers = new Headers(req.headers);
  headers.delete('content-length');
  return nextAuth(new NextRequest(req.url, { method: 'POST', headers, body: Buffer.from(body) }), context);
}

/** next-auth's own forms (sign-out, CSRF token) are a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 16_384;
