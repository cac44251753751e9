import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { getUser } from '@/lib/users/queries';
import { assignableRoles } from '@/lib/users/scope';
import { listAssignableCheckpoints } from '@/lib/users/assignable-checkpoints';
import { NotFoundError } from '@/lib/auth/errors';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/text/format';
import { PageHeader } from '@/components/ui/page-header';
import { UserForm } from '@/components/users/user-form';
import { AccountControls } from './account-controls';
import { updateUserAction } from '../actions';

export const metadata: Metadata = { title: 'Tài khoản' };

export default async function EditUserPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePageActor('users.view', undefined, `/quan-tri/nguoi-dung/${id}`);
  const user = await getUser(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [checkpoints, { created }] = await Promise.all([listAssignableCheckpoints(actor), searchParams]);
  return (
    <>
      <PageHeader
        title={user.fullName}
        description={`${user.username} · ${ROLE_LABELS[user.role]} · tạo lúc ${formatDateTime(user.createdAt)}`}
      />
      {created && (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã tạo tài khoản.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <UserForm
          action={updateUserAction}
          user={user}
          roles={assignableRoles(actor)}
          fixedDistrict={actor.role === 'district' ? actor.districtCode : undefined}
          checkpoints={checkpoints}
        />
        {user.id !== actor.id && <AccountControls id={user.id} disabled={!!user.disabledAt} />}
      </div>
    </>
  );
}
