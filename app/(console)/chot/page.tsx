import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listMyCheckpoints } from '@/lib/users/my-checkpoints';
import { districtName } from '@/lib/geo/districts';
import { EmptyState } from '@/components/ui/empty-state';
import { SignOutButton } from '@/components/shell/sign-out-button';

export const metadata: Metadata = { title: 'Bàn kiểm soát chốt' };

export default async function ConsoleHome() {
  const actor = await requirePageActor('console.use', undefined, '/chot');
  const checkpoints = await listMyCheckpoints(actor);
  return (
    <>
      <h1 className="text-xl">Xin chào, {actor.fullName}</h1>
      <h2 className="mt-4">Chốt được giao</h2>
      {checkpoints.length === 0 ? (
        <EmptyState title="Bạn chưa được giao chốt nào.">Liên hệ UBND huyện hoặc Công an tỉnh để được giao chốt.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2">
          {checkpoints.map((c) => (
            <li key={c.id} className="card">
              <p className="font-semibold">{c.name}</p>
              <p className="text-sm text-slate-600">{districtName(c.districtCode)}</p>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6">
        <SignOutButton className="min-h-11 rounded border border-slate-400 px-4 text-sm" />
      </div>
    </>
  );
}
