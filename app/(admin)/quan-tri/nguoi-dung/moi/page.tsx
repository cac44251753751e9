import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { assignableRoles } from '@/lib/users/scope';
import { listAssignableCheckpoints } from '@/lib/users/assignable-checkpoints';
import { PageHeader } from '@/components/ui/page-header';
import { UserForm } from '@/components/users/user-form';
import { createUserAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm tài khoản' };

export default async function NewUserPage() {
  const actor = await requirePageActor('users.manage_officers', undefined, '/quan-tri/nguoi-dung/moi');
  const checkpoints = await listAssignableCheckpoints(actor);
  return (
    <>
      <PageHeader title="Thêm tài khoản" />
      <UserForm
        action={createUserAction}
        roles={assignableRoles(actor)}
        fixedDistrict={actor.role === 'district' ? actor.districtCode : undefined}
        checkpoints={checkpoints}
      />
    </>
  );
}
