import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { homeFor } from '@/lib/auth/home';
import { tooManyAttemptsMessage } from '@/lib/auth/sign-in-throttle-gate';
import { sameOriginPath } from '@/lib/http/same-origin-path';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Đăng nhập' };

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  SessionRequired: 'Vui lòng đăng nhập để tiếp tục.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = sameOriginPath(params.callbackUrl);
  const actor = await getCurrentUser();
  if (actor) redirect(callbackUrl ?? homeFor(actor));
  const initialError =
    params.error === 'TooManyAttempts'
      ? tooManyAttemptsMessage(Number(params.retryAfter ?? 900))
      : params.error
        ? (MESSAGES[params.error] ?? 'Không đăng nhập được, vui lòng thử lại.')
        : undefined;
  const notice = params.passwordChanged
    ? 'Mật khẩu đã được đổi. Vui lòng đăng nhập lại bằng mật khẩu mới.'
    : params.signedOut
      ? 'Bạn đã đăng xuất.'
      : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1>Đăng nhập</h1>
      <p className="mt-1 text-sm text-slate-600">Dành cho cán bộ Sở TT&TT, Công an tỉnh, UBND các huyện và cán bộ chốt kiểm soát.</p>
      {notice && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
    </div>
  );
}
