'use client';
import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { forgetOfflineShell } from './use-offline-shell';

/**
 * Signing out forgets the cached console page (it shows this officer's name and checkpoints).
 * Checks still waiting stay on the phone and are sent when the same officer signs in again.
 */
export function ConsoleSignOut({ name, waiting }: { name: string; waiting: number }) {
  const [asking, setAsking] = useState(false);
  const leave = async () => {
    await forgetOfflineShell().catch(() => undefined);
    await signOut({ callbackUrl: '/dang-nhap?signedOut=1' });
  };
  return (
    <div className="mt-8 border-t border-slate-200 pt-4 text-sm">
      <p>Cán bộ: {name}</p>
      {asking ? (
        <div role="alert" className="mt-2 rounded border border-amber-600 bg-amber-50 p-3">
          <p>Còn {waiting} lượt chưa gửi. Chúng vẫn nằm trên máy và sẽ được gửi khi bạn đăng nhập lại.</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void leave()} className="min-h-11 rounded bg-slate-800 px-4 text-white">
              Vẫn đăng xuất
            </button>
            <button type="button" onClick={() => setAsking(false)} className="min-h-11 rounded border border-slate-400 px-4">
              Ở lại
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => (waiting > 0 ? setAsking(true) : void leave())} className="mt-2 min-h-11 rounded border border-slate-400 px-4">
          Đăng xuất
        </button>
      )}
    </div>
  );
}
