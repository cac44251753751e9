'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { sameOriginPath } from '@/lib/http/same-origin-path';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Checked again here: signing in must never take anyone to another site.
    const target = sameOriginPath(callbackUrl, window.location.origin) ?? '/dang-nhap';
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn('credentials', {
        redirect: false,
        username: String(form.get('username') ?? ''),
        password: String(form.get('password') ?? ''),
        callbackUrl: target,
      });
      if (result?.ok && !result.error) {
        // The sign-in page sends each role to its own home when no callback was asked for.
        window.location.assign(target);
        return;
      }
      setError(
        result?.status === 429
          ? 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.'
          : 'Tên đăng nhập hoặc mật khẩu không đúng.',
      );
    } catch {
      setError('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="card mt-4" noValidate>
      {error && (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      )}
      <div className="mb-4">
        <label htmlFor="username" className="label">
          Tên đăng nhập
        </label>
        <input id="username" name="username" className="input" autoComplete="username" autoCapitalize="none" required />
      </div>
      <div className="mb-4">
        <label htmlFor="password" className="label">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" className="input" autoComplete="current-password" required />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </Button>
    </form>
  );
}
