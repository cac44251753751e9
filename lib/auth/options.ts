import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getSecret } from '@/lib/config/secrets';
import { clientIp } from '@/lib/http/client-ip';
import { sameOriginPath } from '@/lib/http/same-origin-path';
import { revokeSession } from './revoked-sessions';
import type { Role } from './roles';
import { verifySignIn } from './verify-sign-in';

// Redirect URLs follow the Host the user reached us on (behind a proxy: X-Forwarded-Host).
process.env.AUTH_TRUST_HOST ??= '1';

const credentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export const SESSION_MAX_AGE_S = 24 * 60 * 60;

export function authOptions(): AuthOptions {
  return {
    secret: getSecret('AUTH_SECRET'),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    providers: [
      CredentialsProvider({
        name: 'Tài khoản',
        credentials: { username: { label: 'Tên đăng nhập', type: 'text' }, password: { label: 'Mật khẩu', type: 'password' } },
        async authorize(raw, req) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) return null;
          const ip = clientIp(new Headers(req.headers as Record<string, string>));
          const user = await verifySignIn(parsed.data.username, parsed.data.password, ip);
          if (!user) return null;
          return { id: user.id, name: user.fullName, role: user.role, tokenVersion: user.tokenVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.ver = user.tokenVersion;
          // Names this session alone, so that signing out can end it on the server.
          token.sid = crypto.randomUUID();
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub!, name: token.name ?? '', role: token.role };
        session.tokenVersion = token.ver;
        session.sessionId = token.sid;
        return session;
      },
      // After sign-in or sign-out, only a page of this site: never another origin.
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl) ?? '/'}`;
      },
    },
    events: {
      async signOut({ token }) {
        const expiresAt = typeof token?.exp === 'number' ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_S * 1000;
        if (token?.sid) await revokeSession(token.sid, new Date(expiresAt));
      },
    },
  };
}

declare module 'next-auth' {
  interface User {
    role: Role;
    tokenVersion: number;
  }
  interface Session {
    user: { id: string; name: string; role: Role };
    tokenVersion: number;
    sessionId: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    ver: number;
    sid: string;
  }
}
