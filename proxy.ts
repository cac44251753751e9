import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, FILES_PREFIX, HSTS, isHttps, NON_DOCUMENT_CSP } from '@/lib/http/security-headers';

const PROTECTED = ['/quan-tri', '/chot'];
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * Adds the per-request CSP nonce and HSTS, and sends visitors without a session cookie to the
 * sign-in page. That redirect is a convenience only: every page, action and route handler checks
 * the user, permission and scope itself (a proxy can be bypassed, see CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const needsSession = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (needsSession && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL('/dang-nhap', request.url);
    signIn.searchParams.set('callbackUrl', pathname + request.nextUrl.search);
    return withTransportHeaders(NextResponse.redirect(signIn), request);
  }

  if (pathname.startsWith('/api/')) {
    const response = NextResponse.next();
    // Stored files (/api/files/…) carry their own CSP from lib/http/file-response.ts: a header
    // set here would win over the handler's, and an inline PDF needs the browser's viewer to run.
    if (!pathname.startsWith(FILES_PREFIX)) response.headers.set('Content-Security-Policy', NON_DOCUMENT_CSP);
    return withTransportHeaders(response, request);
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return withTransportHeaders(response, request);
}

function withTransportHeaders(response: NextResponse, request: NextRequest) {
  if (isHttps(request.nextUrl, request.headers)) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

// The routes that take request bodies from devices (/api/checks…, /api/bench…) are left out: for
// every path it runs on, Next buffers the whole request body (up to proxyClientMaxBodySize, 21 MB)
// before the proxy and then the handler see it, so the handler's own limit (lib/http/read-body.ts)
// would only apply after 21 MB had been read. Those routes need no session redirect or nonce;
// their CSP comes from next.config.js.
export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|api/checks|api/bench).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
