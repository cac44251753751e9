'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton({ className = '' }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => signOut({ callbackUrl: '/dang-nhap?signedOut=1' })}>
      Đăng xuất
    </button>
  );
}
