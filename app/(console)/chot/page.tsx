import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listMyCheckpoints } from '@/lib/users/my-checkpoints';
import { districtName } from '@/lib/geo/districts';
import { EmptyState } from '@/components/ui/empty-state';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { ConsoleApp } from '@/components/console/console-app';

export const metadata: Metadata = { title: 'Bàn kiểm soát chốt' };

const KIND_LABELS = { fixed: 'Chốt kiểm soát', patrol: 'Tổ tuần tra' } as const;

// The shell the service worker keeps: everything after this first render happens in the browser.
export default async function ConsoleHome() {
  const actor = await requirePageActor('console.use', undefined, '/chot');
  const checkpoints = await listMyCheckpoints(actor);
  if (checkpoints.length === 0) {
    return (
      <>
        <EmptyState title="Bạn chưa được giao chốt nào.">Liên hệ UBND huyện hoặc Công an tỉnh để được giao chốt.</EmptyState>
        <SignOutButton className="mt-6 min-h-11 rounded border border-slate-400 px-4 text-sm" />
      </>
    );
  }
  return (
    <ConsoleApp
      officer={{ id: actor.id, name: actor.fullName }}
      checkpoints={checkpoints.map((c) => ({ id: c.id, name: c.name, status: c.status, kindLabel: KIND_LABELS[c.kind], districtName: districtName(c.districtCode) }))}
    />
  );
}
