import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { throttledSignIn } from '@/lib/auth/sign-in-throttle-gate';
import { isCrossOriginWrite } from '@/lib/http/same-origin';

type Context = { params: Promise<{ nextauth: string[] }> };

function nextAuth(req: Request, context: Context) {
  return NextAuth(authOptions())(req, context) as Promise<Response>;
}

export function GET(req: Request, context: Context) {
  return nextAuth(req, context);
}

export async function POST(req: Request, context: Context) {
  if (isCrossOriginWrite(req.method, req.headers)) {
    return Response.json({ error: 'Yêu cầu từ trang khác bị từ chối.' }, { status: 403 });
  }
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    return throttledSignIn(req, (r) => nextAuth(r, context));
  }
  return nextAuth(req, context);
}
